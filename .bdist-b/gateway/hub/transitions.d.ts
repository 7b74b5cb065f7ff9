import type { MockContext } from '../../mocks/kit/context.js';
import type { Change } from './dossiers.js';
import type { LegOutcome } from './legs/adapter.js';
import { type LegEvent } from './machine.js';
import type { DossierRecord, LegCode, LegRecord, LegState, SignedDocument } from './model.js';
/** How often an unreachable agency or province is tried before the hub gives up on the leg. */
export declare const MAX_ATTEMPTS = 8;
/** The account the hub's own calls carry. */
export declare const HUB_OFFICER = "hethong.lienthong";
/** The delay before retry number `attempt` (1-based). */
export declare function retryDelay(attempt: number): number;
/** A leg of a dossier by code. */
export declare function legOf(dossier: DossierRecord, ma: LegCode): LegRecord;
/** The dossier with one leg replaced. */
export declare function withLeg(dossier: DossierRecord, leg: LegRecord): DossierRecord;
/** Moves a leg by the table, with the extra state the move carries. */
export declare function moveLeg(leg: LegRecord, event: LegEvent, extra?: Partial<LegState>): LegRecord;
type ResultKind = NonNullable<LegState['ketQua']>[number]['loaiGiayTo'];
/** The result kind a signed document lists as, if it is a result at all. */
export declare function resultKindOf(kind: SignedDocument['loaiGiayTo']): ResultKind | undefined;
/** The Vietnamese name of a leg. */
export declare function legName(ma: LegCode): string;
/**
 * Applies the reactions of machine.ts to a leg that just settled: cancel its dependents, or stop
 * the whole dossier when the civil-status leg failed. Returns the new record and its events.
 */
export declare function react(dossier: DossierRecord, settledLeg: LegRecord, now: Date): Change;
/** The events that close a dossier whose legs are all settled (status 9). */
export declare function closing(dossier: DossierRecord): Change['events'];
/**
 * The step that applies an outcome to a leg that is being processed; `undefined` when the leg
 * is not (a late or duplicate answer changes nothing).
 */
export declare function outcomeStep(dossier: DossierRecord, ma: LegCode, outcome: LegOutcome, now: Date, ctx: Pick<MockContext, 'calendar' | 'regime'>): Change | undefined;
export {};
