import { problem, type Problem } from '../../contracts/problems.js';
import { err, ok, type Result } from '../../contracts/result.js';
import { parseDossierCode } from '../../mocks/domain/identifiers/index.js';
import { PROCEDURES, regimeAt } from '../../mocks/domain/regimes/index.js';
import { rememberRecent } from '../../mocks/domain/remember.js';
import type { PolicyConfig, Purpose } from './policy-config.js';
import { POLICY_PROBLEMS } from './problems.js';

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
export type DossierLookup = (
  maHoSo: string,
  sandboxId: string,
) => Promise<PolicyDossier | undefined>;

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
export function checkDossier(
  input: DossierCheckInput,
  config: Pick<PolicyConfig, 'openStatuses' | 'purposeProcedures' | 'unknownDossier'>,
): Result<DossierBinding, Problem> {
  const { purpose, maHoSo, dossier } = input;
  if (!purpose || !maHoSo) {
    const missing = [!purpose && 'X-Muc-Dich', !maHoSo && 'X-Ma-Ho-So'].filter(Boolean);
    return err(
      problem(POLICY_PROBLEMS.dossierRequired, `Send ${missing.join(' and ')} with this query.`),
    );
  }
  const notActive = (detail: string) => err(problem(POLICY_PROBLEMS.dossierNotActive, detail));
  let procedures: readonly string[];
  if (dossier) {
    if (!config.openStatuses.includes(dossier.trangThai)) {
      return notActive(`Dossier ${maHoSo} is in status ${dossier.trangThai}, not open.`);
    }
    procedures = [nationalProcedureCode(dossier.maTTHC)];
  } else {
    const derived = config.unknownDossier === 'derive' ? proceduresFromCode(maHoSo) : [];
    if (derived.length === 0) return notActive(`Dossier ${maHoSo} is unknown.`);
    procedures = derived;
  }
  if (!isPurpose(purpose, config.purposeProcedures)) {
    return err(problem(POLICY_PROBLEMS.purposeNotPermitted, `${purpose} is not a purpose.`));
  }
  const allowed = config.purposeProcedures[purpose];
  if (allowed !== null && !procedures.some((code) => allowed.includes(code))) {
    return err(
      problem(
        POLICY_PROBLEMS.purposeNotPermitted,
        `The purpose ${purpose} does not serve procedure ${procedures.join(' or ')}.`,
      ),
    );
  }
  if (dossier?.unit !== undefined && dossier.unit !== input.officerUnit) {
    return notActive(`Dossier ${maHoSo} is handled by another unit.`);
  }
  if (!input.registeredPurposes.includes(purpose)) {
    return err(
      problem(
        POLICY_PROBLEMS.purposeNotPermitted,
        `The client system has not registered the purpose ${purpose}.`,
      ),
    );
  }
  return ok({ purpose, maHoSo, procedures, source: dossier ? 'hub' : 'code' });
}

/**
 * The procedures a dossier code can stand for when the hub does not know it: the leg suffix gives
 * the group (`-KS` … `-CC` birth, `-KT` … `-TU` death) and the date in the code the regime, so
 * `…-260915-0007-KS` → `3.000722`; a code without a leg could be either group of its regime. Empty
 * for a code in another format or dated before any regime.
 * @see DOMAIN.md §1 (the regime is chosen by the submission date), §6.5 (dossier codes)
 */
export const proceduresFromCode: (maHoSo: string) => readonly string[] = rememberRecent((maHoSo) =>
  Object.freeze(deriveProcedures(maHoSo)),
);

function deriveProcedures(maHoSo: string): readonly string[] {
  const parsed = parseDossierCode(maHoSo);
  if (!parsed.ok) return [];
  const regime = regimeAt(parsed.value.date);
  if (!regime.ok) return [];
  const { leg } = parsed.value;
  return Object.values(regime.value.groups)
    .filter((group) => leg === undefined || group.legs.includes(leg))
    .map((group) => group.procedureCode);
}

/**
 * A TTHC code without its provincial suffix (`2.000986.H36` → `2.000986`), aliases resolved to
 * the group code they stand for (`2.000987` → `3.000722`).
 * @see DOMAIN.md §1 "Legacy and related codes"; mocks/domain/regimes PROCEDURES
 */
export function nationalProcedureCode(maTTHC: string): string {
  const code = maTTHC.slice(0, 8);
  const entry = PROCEDURES.find((p) => p.code === code);
  return entry?.kind === 'ALIAS' ? entry.aliasOf : code;
}

function isPurpose(value: string, table: PolicyConfig['purposeProcedures']): value is Purpose {
  return Object.hasOwn(table, value);
}
