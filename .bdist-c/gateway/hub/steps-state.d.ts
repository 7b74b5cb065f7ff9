/**
 * The agency steps waiting for an officer's decision (manual profile), collection
 * `lienthong.steps`.
 * @see specs/sandbox.yaml `PendingStep`, `sandboxListPendingSteps`, `sandboxDecideStep`
 */
import type { CollectionDefinition, StoreScope } from '../../mocks/ports/store/index.js';
import { type LegCode, type LinkedSystem, type Reason } from './model.js';
/** A manual step and, once decided, its decision. */
export interface StepRecord {
    readonly stepId: string;
    /** The linked dossier. */
    readonly dossierId: string;
    /** The leg's dossier code (`…-TT`). */
    readonly maHoSo: string;
    readonly leg: LegCode;
    readonly system: LinkedSystem;
    readonly operationId: string;
    readonly since: string;
    readonly deadline: string;
    readonly summary: string;
    readonly state: 'PENDING' | 'DECIDED' | 'CLOSED';
    readonly decision?: {
        readonly decision: 'approve' | 'refuse' | 'requestSupplement';
        readonly reasons: readonly Reason[];
        readonly officerId: string;
        readonly decidedAt: string;
    };
}
/** `lienthong.steps`, indexed by state. */
export declare const STEPS: CollectionDefinition<StepRecord, 'byState'>;
/** The steps collection of a sandbox. */
export declare const steps: (s: Pick<StoreScope, "collection">) => import("../../mocks/ports/store/collection.js").Collection<StepRecord, "byState">;
