import { err, ok } from '../../../contracts/result.js';
import { vietnamDate } from './instant.js';
import { regimeProblem } from './problems.js';
import { PROCEDURES } from './procedure-table.js';
import { isInForce, regimeAt } from './regime-at.js';
const CODE = /^(\d\.\d{6})(?:\.([A-Z]\d{2}))?$/;
/**
 * Looks up a TTHC code (optionally with a provincial suffix) at an instant. Aliases resolve to
 * their target, the group-2 portal route to the group code of the regime in force. A code
 * outside its validity window is `PROCEDURE_NOT_IN_FORCE`, naming the code in force instead.
 * @see DOMAIN.md §1 "Legacy and related codes", §6.4, §11 #16
 */
export function findProcedure(maTTHC, at) {
    const parsed = CODE.exec(maTTHC);
    const code = parsed?.[1];
    if (parsed === null || code === undefined) {
        return err(regimeProblem('INVALID_PROCEDURE_CODE', 'A TTHC code looks like 2.000986.'));
    }
    const date = vietnamDate(at);
    if (!date.ok)
        return date;
    const entry = PROCEDURES.find((p) => p.code === code);
    if (entry === undefined) {
        return err(regimeProblem('UNKNOWN_PROCEDURE', `No procedure ${code} in the registry.`));
    }
    const base = { requested: maTTHC, provinceSuffix: parsed[2] ?? null, entry };
    if (entry.kind === 'STANDALONE') {
        return ok({ ...base, groupProcedure: null, validFrom: null, validTo: null });
    }
    if (entry.kind === 'LEGACY') {
        if (!isInForce(entry.validFrom, entry.validTo, date.value)) {
            return err(notInForce(code, entry.validFrom, entry.validTo, date.value));
        }
        return ok({
            ...base,
            groupProcedure: null,
            validFrom: entry.validFrom,
            validTo: entry.validTo,
        });
    }
    const target = groupTarget(entry, date.value);
    if (target === undefined) {
        const detail = `Procedure ${code} stands for no group procedure on ${date.value}.`;
        return err(regimeProblem('PROCEDURE_NOT_IN_FORCE', detail));
    }
    if (!isInForce(target.validFrom, target.validTo, date.value)) {
        return err(notInForce(code, target.validFrom, target.validTo, date.value, target.group));
    }
    return ok({
        ...base,
        groupProcedure: { regime: target.regime, group: target.group, code: target.code },
        validFrom: target.validFrom,
        validTo: target.validTo,
    });
}
function groupTarget(entry, date) {
    const groups = PROCEDURES.filter((p) => p.kind === 'GROUP');
    switch (entry.kind) {
        case 'GROUP':
            return entry;
        case 'ALIAS':
            return groups.find((g) => g.code === entry.aliasOf);
        case 'PORTAL_ROUTE': {
            const regime = regimeAt(date);
            return regime.ok
                ? groups.find((g) => g.regime === regime.value.id && g.group === entry.group)
                : undefined;
        }
        default:
            return undefined;
    }
}
function notInForce(code, validFrom, validTo, date, group) {
    const window = `${validFrom ?? '…'} to ${validTo ?? '…'}`;
    const regime = regimeAt(date);
    const instead = group !== undefined && regime.ok ? `; use ${regime.value.groups[group].procedureCode}` : '';
    return regimeProblem('PROCEDURE_NOT_IN_FORCE', `Procedure ${code} is in force ${window}, not on ${date}${instead}.`);
}
