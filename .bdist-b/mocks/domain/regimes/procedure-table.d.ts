import type { GroupId, LegCode, RegimeId } from './vocabulary.js';
/**
 * An entry of the procedure registry. Validity is inclusive (Vietnam calendar dates; `null` =
 * open end). `GROUP` codes come from {@link REGIMES}; the others are listed here.
 * - `ALIAS`: another code for a group code; validity and group are the target's.
 * - `PORTAL_ROUTE`: a portal service id standing for a group, resolved to the regime in force.
 * - `LEGACY`: an earlier or narrower procedure, repealed after `validTo`.
 * - `STANDALONE`: a separate procedure outside the groups, still in force.
 * @see DOMAIN.md §1 "Legacy and related codes", §11 #16
 */
export type ProcedureEntry = {
    readonly kind: 'GROUP';
    readonly code: string;
    readonly regime: RegimeId;
    readonly group: GroupId;
    readonly title: string;
    readonly validFrom: string | null;
    readonly validTo: string | null;
    readonly source: string;
} | {
    readonly kind: 'ALIAS';
    readonly code: string;
    readonly aliasOf: string;
    readonly title: string;
    readonly source: string;
} | {
    readonly kind: 'PORTAL_ROUTE';
    readonly code: string;
    readonly group: GroupId;
    readonly title: string;
    readonly source: string;
} | {
    readonly kind: 'LEGACY';
    readonly code: string;
    readonly title: string;
    /** The legs it covered, in the vocabulary of the groups. */
    readonly legs: readonly LegCode[];
    readonly validFrom: string | null;
    readonly validTo: string;
    readonly source: string;
} | {
    readonly kind: 'STANDALONE';
    readonly code: string;
    readonly title: string;
    readonly source: string;
};
/**
 * Every known procedure code: the four group codes, aliases, a portal route, legacy and
 * standalone codes.
 * @see DOMAIN.md §1, §4, §11 #16
 */
export declare const PROCEDURES: readonly ProcedureEntry[];
