import { err, ok } from '../../../contracts/result.js';
import { DEFAULT_SETTINGS } from './config.js';
import { regimeProblem } from './problems.js';
import { getRegime } from './regime-at.js';
import { REGIMES } from './regime-table.js';
/** What each switch reads in the settings, and the rule reported when it is off. */
const SWITCHES = {
    ALWAYS: { isOn: () => true, rule: 'NOT_AN_ALLOWED_COMBINATION' },
    allowPartialGroup1: { isOn: (s) => s.allowPartialGroup1, rule: 'PARTIAL_GROUP1_DISABLED' },
    'group2.tuTuatEnabled': { isOn: (s) => s.group2.tuTuatEnabled, rule: 'TU_TUAT_DISABLED' },
};
/**
 * Checks the legs a citizen selected for a group against the regime's rules, in order:
 * `LEG_NOT_IN_GROUP` / `LEG_NOT_IN_REGIME` (e.g. CC before 01/09/2026), `DUPLICATE_LEG`,
 * `MANDATORY_LEG_MISSING`, `DEPENDENCY_NOT_SELECTED` (a leg whose prerequisite is not selected),
 * the selection rules (`TU_REQUIRES_MT`), then the table of allowed combinations
 * (`NOT_AN_ALLOWED_COMBINATION`, or `PARTIAL_GROUP1_DISABLED` / `TU_TUAT_DISABLED` when the
 * combination exists but its switch is off). Returns the legs in canonical order.
 * @see DOMAIN.md §3 "Combinations", §4 step 1, §11 #4, #20
 */
export function validateCombination(regime, group, legs, settings = DEFAULT_SETTINGS) {
    const { id, groups } = getRegime(regime);
    const definition = groups[group];
    const known = definition.legs;
    const fail = (rule, detail) => err(regimeProblem('COMBINATION_NOT_ALLOWED', detail, rule));
    const foreign = legs.find((leg) => !known.includes(leg));
    if (foreign !== undefined) {
        const elsewhere = REGIMES.some((r) => r.groups[group].legs.includes(foreign));
        return elsewhere
            ? fail('LEG_NOT_IN_REGIME', `Leg ${foreign} is not part of ${group} in regime ${id}.`)
            : fail('LEG_NOT_IN_GROUP', `Leg ${String(foreign)} is not a leg of ${group}.`);
    }
    const selected = new Set(legs);
    if (selected.size !== legs.length)
        return fail('DUPLICATE_LEG', 'A leg is selected twice.');
    const chosen = definition.legs.filter((leg) => selected.has(leg));
    const missing = definition.mandatory.find((leg) => !selected.has(leg));
    if (missing !== undefined) {
        return fail('MANDATORY_LEG_MISSING', `${group} always includes leg ${missing}.`);
    }
    for (const leg of chosen) {
        const prerequisite = settings.legs[leg].dependsOn.find((d) => !selected.has(d));
        if (prerequisite !== undefined) {
            return fail('DEPENDENCY_NOT_SELECTED', `Leg ${leg} needs leg ${prerequisite} first.`);
        }
    }
    const broken = definition.selectionRules.find((r) => selected.has(r.leg) && !selected.has(r.requires));
    if (broken !== undefined) {
        return fail(broken.rule, `Leg ${broken.leg} can only be selected with leg ${broken.requires}.`);
    }
    const match = definition.combinations.find((c) => c.legs.length === chosen.length && c.legs.every((leg) => selected.has(leg)));
    if (match === undefined) {
        const allowed = definition.combinations
            .filter((c) => SWITCHES[c.enabledBy].isOn(settings))
            .map((c) => `{${c.legs.join(',')}}`)
            .join(', ');
        return fail('NOT_AN_ALLOWED_COMBINATION', `${group} in ${id} allows ${allowed}.`);
    }
    const gate = SWITCHES[match.enabledBy];
    if (!gate.isOn(settings)) {
        return fail(gate.rule, `{${chosen.join(',')}} needs the setting ${match.enabledBy}.`);
    }
    return ok(chosen);
}
