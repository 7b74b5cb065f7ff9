import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { parseDossierCode } from '../../mocks/domain/identifiers/index.js';
import { PROCEDURES, regimeAt } from '../../mocks/domain/regimes/index.js';
import { rememberRecent } from '../../mocks/domain/remember.js';
import { POLICY_PROBLEMS } from './problems.js';
/**
 * The GW-06 checks, in the order SECURITY.md gives: both headers present (`DOSSIER_REQUIRED`) →
 * the dossier exists → it is open (`DOSSIER_NOT_ACTIVE`) → its procedure allows the purpose
 * (`PURPOSE_NOT_PERMITTED`) → the officer's unit handles it (`DOSSIER_NOT_ACTIVE`) → the client
 * registered the purpose (`PURPOSE_NOT_PERMITTED`). A dossier the hub does not know is judged on
 * its code when `config.unknownDossier` is `derive` (see {@link proceduresFromCode}).
 * @see SECURITY.md §2 GW-06, §3, §4
 */
export function checkDossier(input, config) {
    const { purpose, maHoSo, dossier } = input;
    if (!purpose || !maHoSo) {
        const missing = [!purpose && 'X-Muc-Dich', !maHoSo && 'X-Ma-Ho-So'].filter(Boolean);
        return err(problem(POLICY_PROBLEMS.dossierRequired, `Send ${missing.join(' and ')} with this query.`));
    }
    const notActive = (detail) => err(problem(POLICY_PROBLEMS.dossierNotActive, detail));
    let procedures;
    if (dossier) {
        if (!config.openStatuses.includes(dossier.trangThai)) {
            return notActive(`Dossier ${maHoSo} is in status ${dossier.trangThai}, not open.`);
        }
        procedures = [nationalProcedureCode(dossier.maTTHC)];
    }
    else {
        const derived = config.unknownDossier === 'derive' ? proceduresFromCode(maHoSo) : [];
        if (derived.length === 0)
            return notActive(`Dossier ${maHoSo} is unknown.`);
        procedures = derived;
    }
    if (!isPurpose(purpose, config.purposeProcedures)) {
        return err(problem(POLICY_PROBLEMS.purposeNotPermitted, `${purpose} is not a purpose.`));
    }
    const allowed = config.purposeProcedures[purpose];
    if (allowed !== null && !procedures.some((code) => allowed.includes(code))) {
        return err(problem(POLICY_PROBLEMS.purposeNotPermitted, `The purpose ${purpose} does not serve procedure ${procedures.join(' or ')}.`));
    }
    if (dossier?.unit !== undefined && dossier.unit !== input.officerUnit) {
        return notActive(`Dossier ${maHoSo} is handled by another unit.`);
    }
    if (!input.registeredPurposes.includes(purpose)) {
        return err(problem(POLICY_PROBLEMS.purposeNotPermitted, `The client system has not registered the purpose ${purpose}.`));
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
export const proceduresFromCode = rememberRecent((maHoSo) => Object.freeze(deriveProcedures(maHoSo)));
function deriveProcedures(maHoSo) {
    const parsed = parseDossierCode(maHoSo);
    if (!parsed.ok)
        return [];
    const regime = regimeAt(parsed.value.date);
    if (!regime.ok)
        return [];
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
export function nationalProcedureCode(maTTHC) {
    const code = maTTHC.slice(0, 8);
    const entry = PROCEDURES.find((p) => p.code === code);
    return entry?.kind === 'ALIAS' ? entry.aliasOf : code;
}
function isPurpose(value, table) {
    return Object.hasOwn(table, value);
}
