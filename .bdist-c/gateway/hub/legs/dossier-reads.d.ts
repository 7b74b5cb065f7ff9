import type { DossierRecord, Group1Submission, Group2Submission, LegCode, LegRecord, SignedDocument } from '../model.js';
import type { LegCall } from './adapter.js';
/** The Mẫu số 01 of a group-1 dossier, or `undefined` for a group-2 one. */
export declare function group1Of(dossier: DossierRecord): Group1Submission | undefined;
/** The Mẫu số 02 of a group-2 dossier, or `undefined` for a group-1 one. */
export declare function group2Of(dossier: DossierRecord): Group2Submission | undefined;
/** A leg of the dossier by its code. */
export declare function legOf(dossier: DossierRecord, code: LegCode): LegRecord | undefined;
/** The child's personal ID number, issued when the birth was registered (leg KS). */
export declare function childIdOf(dossier: DossierRecord): string | undefined;
/**
 * The death registration id (`maDangKyKhaiTu`): the KT leg's agency reference, as the province
 * reported it (`LegCompletedReport.maDangKy`).
 */
export declare function deathRegistrationOf(dossier: DossierRecord): string | undefined;
/** The signed document of a kind a leg of the dossier produced (the latest one). */
export declare function documentOf(call: LegCall, leg: LegCode, kinds: readonly SignedDocument['loaiGiayTo'][]): Promise<SignedDocument | undefined>;
/** The signed birth certificate (Giấy khai sinh) of leg KS. */
export declare function birthCertificateOf(call: LegCall): Promise<SignedDocument | undefined>;
/** The signed death extract of leg KT (Trích lục khai tử, Giấy chứng tử from 01/03/2027). */
export declare function deathExtractOf(call: LegCall): Promise<SignedDocument | undefined>;
/**
 * The civil date (+07:00) of an ISO instant with an offset: the date part when the instant is
 * already written in +07:00 (as every instant of the sandbox is), else converted.
 */
export declare function vnDateOf(instant: string): string;
/** A person as a summary shows them: the name and a masked ID number. */
export declare function maskedPerson(hoTen: string, soDinhDanh?: string): string;
/** A summary line: ID numbers masked wherever they appear (SECURITY.md GW-20). */
export declare function summaryLine(text: string): string;
