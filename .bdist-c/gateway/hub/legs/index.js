import { bhxhFuneralAllowance, bhxhSurvivorBenefit, socialFuneralSupport } from './benefits.js';
import { childHealthCard } from './health-card.js';
import { childIdCard } from './id-card.js';
import { permanentResidence, residenceDeregistration } from './residence.js';
/** Every leg adapter, by {@link AdapterKey}. */
export const LEG_ADAPTERS = Object.freeze({
    TT: permanentResidence,
    BHYT: childHealthCard,
    CC: childIdCard,
    XTT: residenceDeregistration,
    'MT:bhxh': bhxhFuneralAllowance,
    'MT:xahoi': socialFuneralSupport,
    'TU:bhxh': bhxhSurvivorBenefit,
});
/** A leg no adapter drives: a civil-status leg (the province's), or a benefit leg misrouted. */
export class NoLegAdapterError extends Error {
    key;
    constructor(key) {
        super(`No leg adapter drives ${key}`);
        this.key = key;
        this.name = 'NoLegAdapterError';
    }
}
/** The adapter key of a leg (`TT`, `MT:xahoi`…), or `undefined` when no adapter drives it. */
export function adapterKeyOf(leg) {
    const { ma, heThong } = leg.state;
    const key = ma === 'MT' || ma === 'TU' ? `${ma}:${heThong}` : ma;
    return Object.hasOwn(LEG_ADAPTERS, key) ? key : undefined;
}
/**
 * The adapter that drives a leg. KS and KT are the province's (not driven here), and a benefit
 * leg routed to a system that does not decide it is a planning bug: both throw.
 * @throws NoLegAdapterError
 */
export function adapterFor(leg) {
    const key = adapterKeyOf(leg);
    if (key === undefined) {
        throw new NoLegAdapterError(`${leg.state.ma}:${leg.state.heThong}`);
    }
    return LEG_ADAPTERS[key];
}
