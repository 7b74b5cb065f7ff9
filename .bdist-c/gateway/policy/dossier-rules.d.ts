import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import type { PolicyConfig, Purpose } from './policy-config.js';
/**
 * A dossier as the hub knows it: its procedure, national-portal status and handling unit (in the
 * vocabulary of `Officer.unit`; absent when the hub does not record it).
 * @see specs/lienthong.yaml `LinkedDossier`; SECURITY.md §2 GW-06
 */
export interface PolicyDossier {
    readonly maTTHC: string;
    readonly trangThai: number;
    readonly unit?: string;
}
/**
 * Finds a dossier in a sandbox's hub; `undefined` when the hub does not know it.
 * @see SECURITY.md §2 GW-06 ("the dossier exists")
 */
export type DossierLookup = (maHoSo: string, sandboxId: string) => Promise<PolicyDossier | undefined>;
/**
 * What the purpose-and-dossier checks need: the headers as sent, the dossier if the hub knows it,
 * the officer's unit and the client's registered purposes.
 * @see SECURITY.md §2 GW-06
 */
export interface DossierCheckInput {
    readonly purpose: string | undefined;
    readonly maHoSo: string | undefined;
    readonly dossier: PolicyDossier | undefined;
    readonly officerUnit: string;
    readonly registeredPurposes: readonly string[];
}
/**
 * A query bound to a purpose and a dossier: the procedure codes it was judged against, and
 * whether they came from the hub or were derived from the dossier code.
 * @see SECURITY.md §2 GW-06
 */
export interface DossierBinding {
    readonly purpose: Purpose;
    readonly maHoSo: string;
    readonly procedures: readonly string[];
    readonly source: 'hub' | 'code';
}
/**
 * The GW-06 checks, in the order SECURITY.md gives: both headers present (`DOSSIER_REQUIRED`) →
 * the dossier exists → it is open (`DOSSIER_NOT_ACTIVE`) → its procedure allows the purpose
 * (`PURPOSE_NOT_PERMITTED`) → the officer's unit handles it (`DOSSIER_NOT_ACTIVE`) → the client
 * registered the purpose (`PURPOSE_NOT_PERMITTED`). A dossier the hub does not know is judged on
 * its code when `config.unknownDossier` is `derive` (see {@link proceduresFromCode}).
 * @see SECURITY.md §2 GW-06, §3, §4
 */
export declare function checkDossier(input: DossierCheckInput, config: Pick<PolicyConfig, 'openStatuses' | 'purposeProcedures' | 'unknownDossier'>): Result<DossierBinding, Problem>;
/**
 * The procedures a dossier code can stand for when the hub does not know it: the leg suffix gives
 * the group (`-KS` … `-CC` birth, `-KT` … `-TU` death) and the date in the code the regime, so
 * `…-260915-0007-KS` → `3.000722`; a code without a leg could be either group of its regime. Empty
 * for a code in another format or dated before any regime.
 * @see DOMAIN.md §1 (the regime is chosen by the submission date), §6.5 (dossier codes)
 */
export declare const proceduresFromCode: (maHoSo: string) => readonly string[];
/**
 * A TTHC code without its provincial suffix (`2.000986.H36` → `2.000986`), aliases resolved to
 * the group code they stand for (`2.000987` → `3.000722`).
 * @see DOMAIN.md §1 "Legacy and related codes"; mocks/domain/regimes PROCEDURES
 */
export declare function nationalProcedureCode(maTTHC: string): string;
