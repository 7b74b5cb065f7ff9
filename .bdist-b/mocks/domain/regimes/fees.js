import { DEFAULT_SETTINGS } from './config.js';
/** Legal basis per leg (tags as in DOMAIN.md §5). */
const FEE_BASIS = {
    KS: '[high] Luật Hộ tịch Art. 11 (on time: exempt); copies [low] set by the province',
    TT: '[high] TT 75/2022/TT-BTC; children exempt [medium] TT 75/2022/TT-BTC Art. 4',
    BHYT: '[high] Luật BHYT (state budget for under-6s)',
    CC: 'SANDBOX DEFAULT (DOMAIN.md §11 #3)',
    KT: '[high] Luật Hộ tịch Art. 11 (on time: exempt); copies [low] set by the province',
    XTT: '[low] inference: TT 75/2022/TT-BTC charges no deregistration fee',
    MT: '[low] inference: QĐ 1449/QĐ-BHXH lists no fee',
    TU: '[low] inference: QĐ 1449/QĐ-BHXH lists no fee',
};
/** Legs whose result is a civil-status extract that can be copied. */
const EXTRACT_LEGS = ['KS', 'KT'];
/**
 * The fee of one leg. Residence (TT, group 1 only) registers a child, so it is 0 đ while
 * `fees.residence.childrenExempt` holds, else 20,000 đ in person / 10,000 đ online.
 * Interlinking itself adds no cost [medium] vietnam.vn.
 * @see DOMAIN.md §5 "Fees"
 */
export function legFee(leg, options, settings = DEFAULT_SETTINGS) {
    const { residence, extractCopy, legs } = settings.fees;
    const copies = EXTRACT_LEGS.includes(leg) ? (options.extractCopies ?? 0) : 0;
    if (!Number.isSafeInteger(copies) || copies < 0) {
        throw new RangeError('extractCopies must be a non-negative integer');
    }
    const base = leg === 'TT'
        ? residence.childrenExempt
            ? 0
            : residence[options.channel === 'ONLINE' ? 'online' : 'inPerson']
        : legs[leg];
    return { leg, amount: base + copies * extractCopy, basis: FEE_BASIS[leg] };
}
/**
 * The fees of every selected leg and their total.
 * @see legFee
 */
export function dossierFee(legs, options, settings = DEFAULT_SETTINGS) {
    const lines = legs.map((leg) => legFee(leg, options, settings));
    return { total: lines.reduce((sum, line) => sum + line.amount, 0), lines };
}
