import { err, ok } from '../../contracts/result.js';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/**
 * The purposes and the procedures they serve (SANDBOX DEFAULT of SECURITY.md §3).
 * @see SECURITY.md §3 table "Purpose / Allowed for maTTHC"
 */
export const DEFAULT_PURPOSE_PROCEDURES = {
    XAC_THUC_NGUOI_NOP: null,
    KHAI_SINH: ['2.000986', '3.000722', '1.001193'],
    DK_THUONG_TRU: ['2.000986', '3.000722'],
    CAP_THE_BHYT: ['2.000986', '3.000722'],
    CAP_CAN_CUOC: ['3.000722'],
    KHAI_TU: ['2.002622', '2.002913', '1.000656'],
    XOA_THUONG_TRU: ['2.002622', '2.002913'],
    MAI_TANG_TU_TUAT: ['2.002622', '2.002913'],
};
/**
 * Defaults from SECURITY.md: a client bucket of 40 refilled at 20/s, officer buckets of 30/min
 * and 500/day, 200 / 10,000 distinct citizens a day, suspension after 5 purpose or field
 * violations in an hour or one bulk breach, devices monitored (enforcement is LATER).
 * @see SECURITY.md §2 GW-06, GW-14, GW-15, GW-16, GW-17
 */
export const DEFAULT_POLICY_CONFIG = deepFreeze({
    rate: {
        client: { capacity: 40, perMs: 2 * SECOND },
        officerMinute: { capacity: 30, perMs: MINUTE },
        officerDay: { capacity: 500, perMs: DAY },
        maxTrackedBuckets: 100_000,
    },
    bulk: { perOfficerPerDay: 200, perClientPerDay: 10_000 },
    suspension: { violations: 5, windowMs: HOUR, onBulkBreach: true },
    device: 'monitor',
    unknownDossier: 'derive',
    openStatuses: [2, 4, 5],
    purposeProcedures: DEFAULT_PURPOSE_PROCEDURES,
    violationLogEntries: 10_000,
});
const PROCEDURE_CODE = /^\d\.\d{6}$/;
/**
 * Merges overrides over the defaults, checks every value and freezes the result; the error
 * names the bad key (`rate.client.capacity`).
 * @see STYLE.md rule 8; SECURITY.md §2 GW-14 – GW-17
 */
export function resolvePolicyConfig(input = {}) {
    const d = DEFAULT_POLICY_CONFIG;
    const config = {
        rate: { ...d.rate, ...input.rate },
        bulk: { ...d.bulk, ...input.bulk },
        suspension: { ...d.suspension, ...input.suspension },
        device: input.device ?? d.device,
        unknownDossier: input.unknownDossier ?? d.unknownDossier,
        openStatuses: input.openStatuses ?? d.openStatuses,
        purposeProcedures: { ...d.purposeProcedures, ...input.purposeProcedures },
        violationLogEntries: input.violationLogEntries ?? d.violationLogEntries,
    };
    const problem = firstProblem(config);
    return problem ? err(problem) : ok(deepFreeze(structuredClone(config)));
}
function firstProblem(c) {
    for (const name of ['client', 'officerMinute', 'officerDay']) {
        const limit = c.rate[name];
        const bad = positiveInteger(`rate.${name}.capacity`, limit.capacity) ??
            positiveInteger(`rate.${name}.perMs`, limit.perMs);
        if (bad)
            return bad;
    }
    const checks = [
        positiveInteger('rate.maxTrackedBuckets', c.rate.maxTrackedBuckets),
        positiveInteger('bulk.perOfficerPerDay', c.bulk.perOfficerPerDay),
        positiveInteger('bulk.perClientPerDay', c.bulk.perClientPerDay),
        positiveInteger('suspension.violations', c.suspension.violations),
        positiveInteger('suspension.windowMs', c.suspension.windowMs),
        typeof c.suspension.onBulkBreach === 'boolean'
            ? undefined
            : { key: 'suspension.onBulkBreach', detail: 'must be true or false' },
        oneOf('device', c.device, ['monitor', 'enforce']),
        oneOf('unknownDossier', c.unknownDossier, ['derive', 'refuse']),
        openStatuses(c.openStatuses),
        positiveInteger('violationLogEntries', c.violationLogEntries),
        ...Object.entries(c.purposeProcedures).map(([purpose, codes]) => procedures(purpose, codes)),
    ];
    return checks.find((problem) => problem !== undefined);
}
function positiveInteger(key, value) {
    return Number.isSafeInteger(value) && value > 0
        ? undefined
        : { key, detail: 'must be a positive integer' };
}
function oneOf(key, value, allowed) {
    return allowed.includes(value)
        ? undefined
        : { key, detail: `must be one of ${allowed.join(', ')}` };
}
function openStatuses(value) {
    const valid = Array.isArray(value) &&
        value.length > 0 &&
        value.every((s) => Number.isInteger(s) && s >= 1 && s <= 10);
    return valid
        ? undefined
        : { key: 'openStatuses', detail: 'must list dossier statuses between 1 and 10' };
}
function procedures(purpose, codes) {
    if (!Object.hasOwn(DEFAULT_PURPOSE_PROCEDURES, purpose)) {
        return { key: `purposeProcedures.${purpose}`, detail: 'is not a purpose of the contracts' };
    }
    if (codes === null)
        return undefined;
    const valid = Array.isArray(codes) && codes.every((code) => PROCEDURE_CODE.test(code));
    return valid
        ? undefined
        : { key: `purposeProcedures.${purpose}`, detail: 'must be null or TTHC codes like 2.000986' };
}
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value))
            deepFreeze(child);
    }
    return value;
}
