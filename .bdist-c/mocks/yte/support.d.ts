import { type CertificateKind } from '../domain/identifiers/index.js';
import { type CitizenPurpose, type MockContext, type Reason } from '../kit/index.js';
import type { Problem } from '../../contracts/problems.js';
import { type YteReasonCode } from './problems.js';
/**
 * The agency code a facility's documents carry: the sandbox code of its province (a facility
 * code is the province code + 3 digits).
 * @see mocks/domain/identifiers `sandboxAgencyCode`; mocks/domain/population/facilities.ts
 */
export declare function issuingAgencyCode(facilityCode: string): string;
/**
 * The next number of a facility's yearly sequence (`GCS.80001.2026`), continuing after the
 * numbers the population already used.
 * @see DOMAIN.md §6.3 (`XXXXX` yearly sequence per facility)
 */
export declare function nextCertificateNumber(ctx: Pick<MockContext, 'store'>, kind: CertificateKind, facilityCode: string, year: number): Promise<number>;
/** What the population register says of a person named on a certificate. */
export type RegisterCheck = 'MATCH' | 'NOT_FOUND' | 'MISMATCH' | 'UNVERIFIED' | 'UNAVAILABLE';
/** A person named on a certificate, as the facility wrote them. */
export interface DeclaredPerson {
    readonly soDinhDanh: string;
    readonly hoTen: string;
    readonly ngaySinh: string;
}
/**
 * Checks a person against the population register with `dancuLookupCitizen` (only the ID
 * number, name and date of birth). The facility has no dossier yet, so the lookup is filed under
 * a reference of its own: the province's agency code, today, a daily number.
 * @see specs/dancu.yaml `dancuLookupCitizen`; SECURITY.md §3 (purposes `KHAI_SINH`, `KHAI_TU`)
 */
export declare function checkInRegister(ctx: MockContext, request: {
    officer: string;
    purpose: CitizenPurpose;
    facilityCode: string;
    person: DeclaredPerson;
}): Promise<RegisterCheck>;
/** Business reasons with their wording; an unknown code (forced by `Prefer`) gets a generic one. */
export declare function reasonsOf(codes: readonly string[]): Reason[];
/** A 422 refusal whose problem code is its first reason. */
export declare function refusal(codes: readonly YteReasonCode[] | readonly string[], detail: string): Problem;
/**
 * The reason a `Prefer: outcome=refuse; reason=…` forces, or `undefined` when it is not a reason
 * code (`^[A-Z][A-Z0-9_]{1,63}$`, as `Reason.ma` requires).
 * @see specs/common.yaml `Reason`
 */
export declare function forcedReason(reason: string | undefined): string | undefined;
