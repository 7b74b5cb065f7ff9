/**
 * The linked-dossier lifecycle as data: which leg moves are allowed, what the dossier does when a
 * leg settles, and how the national-portal status follows from the legs. A small interpreter
 * applies them; no flow lives in nested conditionals.
 * @see DOMAIN.md §3 "Supplements, refusals, withdrawal", §4, §7 "SANDBOX DEFAULT leg and group
 * statuses"
 */
import type { DossierRecord, DossierStatus, LegCode, LegRecord, LegStatus } from './model.js';
/** What can happen to a leg. */
export type LegEvent = 'start' | 'complete' | 'requestSupplement' | 'supplied' | 'refuse' | 'fail' | 'cancel';
/**
 * The leg state machine: the statuses a move starts from, and where it ends.
 * @see specs/common.yaml `LegStatus`
 */
export declare const LEG_TRANSITIONS: Readonly<Record<LegEvent, {
    readonly from: readonly LegStatus[];
    readonly to: LegStatus;
}>>;
/** Leg statuses that no longer change. */
export declare const SETTLED: ReadonlySet<LegStatus>;
/** The civil-status leg every other leg waits for. */
export declare const ANCHOR_LEGS: ReadonlySet<LegCode>;
/** What the dossier does next. */
export type Reaction = 
/** Start every waiting leg whose prerequisites are all done. */
'startReadyLegs'
/** Cancel the waiting legs that depend on the settled leg (CC when TT is refused). */
 | 'cancelDependents'
/** Cancel every unsettled leg and stop the dossier (status 8). */
 | 'stopDossier';
/**
 * What follows a leg settling, by whether it is the anchor and how it settled. The anchor's
 * refusal or failure stops the group (every other leg needs its certificate); a refused other
 * leg keeps the rest going, with its dependents cancelled.
 * @see DOMAIN.md §3 "Birth refused…", "Residence refused", "BHYT failure"; §11 #5
 */
export declare const REACTIONS: readonly {
    readonly anchor: boolean;
    readonly settled: LegStatus;
    readonly then: readonly Reaction[];
}[];
/** The facts the aggregate status reads. */
export interface AggregateFacts {
    readonly withdrawn: boolean;
    readonly stopped: boolean;
    readonly delivered: boolean;
    readonly legs: readonly LegStatus[];
}
/**
 * The national-portal status of a dossier, first matching rule wins.
 * @see DOMAIN.md §7 (4 while a leg is active, 5 on a supplement, 8 anchor refused, 9 all
 * finished, 10 delivered; 7 withdrawn)
 */
export declare const AGGREGATE_RULES: readonly {
    readonly status: DossierStatus;
    readonly when: (facts: AggregateFacts) => boolean;
}[];
/** The aggregate status of the facts. */
export declare function aggregateStatus(facts: AggregateFacts): DossierStatus;
/** A move a leg cannot make from where it is. */
export declare class IllegalLegMove extends Error {
    readonly name = "IllegalLegMove";
}
/** True when `event` may move a leg in `status`. */
export declare function canMove(status: LegStatus, event: LegEvent): boolean;
/** The status `event` moves a leg to; throws {@link IllegalLegMove} when the table forbids it. */
export declare function nextStatus(status: LegStatus, event: LegEvent): LegStatus;
/** The reactions to a leg that just settled. */
export declare function reactionsTo(leg: LegCode, settled: LegStatus): readonly Reaction[];
/** Waiting legs whose prerequisites are all done. */
export declare function readyLegs(legs: readonly LegRecord[]): readonly LegRecord[];
/** Waiting legs that (transitively) depend on `leg`. */
export declare function dependentsOf(legs: readonly LegRecord[], leg: LegCode): readonly LegRecord[];
/** The anchor leg of a dossier. */
export declare function anchorOf(dossier: Pick<DossierRecord, 'legs'>): LegRecord;
