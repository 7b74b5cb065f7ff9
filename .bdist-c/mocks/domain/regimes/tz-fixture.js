/**
 * Prints regime results as JSON, for `tz-independence.test.ts` to run under another TZ.
 * Not part of the public API.
 * @see DOMAIN.md §1 (the regime is chosen by the submission timestamp in Vietnam time)
 */
import { benefitAmount } from './benefits.js';
import { findProcedure } from './find-procedure.js';
import { regimeAt } from './regime-at.js';
const BOUNDARIES = [
    '2024-06-30T23:59:59+07:00',
    '2024-07-01T00:00:00+07:00',
    '2026-08-31T23:59:59+07:00',
    '2026-09-01T00:00:00+07:00',
    '2026-09-01',
];
/**
 * The fixed computations compared across time zones.
 * @see tz-independence.test.ts
 */
export function sampleResults() {
    const regimeId = (instant) => {
        const regime = regimeAt(instant);
        return regime.ok ? regime.value.id : regime.error.code;
    };
    const amount = benefitAmount('HO_TRO_MAI_TANG', new Date('2026-06-30T17:00:00Z'));
    const alias = findProcedure('2.002621', new Date('2026-08-31T16:59:59Z'));
    return {
        strings: BOUNDARIES.map(regimeId),
        dates: BOUNDARIES.slice(0, 4).map((s) => regimeId(new Date(s))),
        amount: amount.ok ? amount.value.amount : amount.error.code,
        alias: alias.ok ? alias.value.groupProcedure?.code : alias.error.code,
    };
}
if (process.argv.includes('--print')) {
    const machineOffset = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset();
    console.log(JSON.stringify({ machineOffset, results: sampleResults() }));
}
