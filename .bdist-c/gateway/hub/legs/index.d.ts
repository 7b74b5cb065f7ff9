/**
 * The leg adapters by key, and the choice of the adapter that drives a leg: by leg code, and for
 * the benefit legs by the system the branch was routed to (`state.heThong`).
 * @see DOMAIN.md §3 steps 7–8, §4 step 4 (routing)
 */
import type { LegRecord } from '../model.js';
import type { AdapterKey, LegAdapter } from './adapter.js';
export type { AdapterKey, AnswerReader, ForcedDecision, LegAdapter, LegCall, LegOutcome, LegPayment, } from './adapter.js';
/** Every leg adapter, by {@link AdapterKey}. */
export declare const LEG_ADAPTERS: Readonly<Record<AdapterKey, LegAdapter>>;
/** A leg no adapter drives: a civil-status leg (the province's), or a benefit leg misrouted. */
export declare class NoLegAdapterError extends Error {
    readonly key: string;
    constructor(key: string);
}
/** The adapter key of a leg (`TT`, `MT:xahoi`…), or `undefined` when no adapter drives it. */
export declare function adapterKeyOf(leg: LegRecord): AdapterKey | undefined;
/**
 * The adapter that drives a leg. KS and KT are the province's (not driven here), and a benefit
 * leg routed to a system that does not decide it is a planning bug: both throw.
 * @throws NoLegAdapterError
 */
export declare function adapterFor(leg: LegRecord): LegAdapter;
