import type { RegimeSettings } from './settings.js';
import type { LegCode } from './vocabulary.js';
/**
 * How the dossier was submitted and how many paper extracts (bản sao trích lục) are wanted.
 * @see DOMAIN.md §5 "Fees"
 */
export interface FeeOptions {
    readonly channel: 'ONLINE' | 'IN_PERSON';
    /** Extract copies of the birth or death registration (charged on the KS or KT leg). */
    readonly extractCopies?: number;
}
/**
 * The fee of one leg in đồng, with its legal basis.
 * @see DOMAIN.md §5 "Fees"
 */
export interface FeeLine {
    readonly leg: LegCode;
    readonly amount: number;
    readonly basis: string;
}
/**
 * The fee of one leg. Residence (TT, group 1 only) registers a child, so it is 0 đ while
 * `fees.residence.childrenExempt` holds, else 20,000 đ in person / 10,000 đ online.
 * Interlinking itself adds no cost [medium] vietnam.vn.
 * @see DOMAIN.md §5 "Fees"
 */
export declare function legFee(leg: LegCode, options: FeeOptions, settings?: RegimeSettings): FeeLine;
/**
 * The fees of every selected leg and their total.
 * @see legFee
 */
export declare function dossierFee(legs: readonly LegCode[], options: FeeOptions, settings?: RegimeSettings): {
    readonly total: number;
    readonly lines: readonly FeeLine[];
};
