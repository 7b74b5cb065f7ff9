import type { MockContext } from '../../mocks/kit/context.js';
import { type DossierWriter } from './dossiers.js';
import type { ForcedDecision, LegAdapter, LegOutcome } from './legs/adapter.js';
import type { DossierRecord, LegCode, LegRecord, Reason } from './model.js';
/** How agency steps are decided in a sandbox. */
export interface ProfileSettings {
    readonly profile: 'instant' | 'realistic' | 'manual';
    /** Share of a leg's legal limit it takes in the realistic profile (default 0.5). */
    readonly fractionOfLimit?: number;
}
/** What the orchestrator needs. */
export interface OrchestratorOptions {
    readonly writer: DossierWriter;
    readonly profile: (sandboxId: string) => ProfileSettings;
    readonly adapterFor: (leg: LegRecord) => LegAdapter;
}
/** Builds the orchestrator. */
export declare function createOrchestrator(options: OrchestratorOptions): {
    runAgency: (ctx: MockContext, id: string, ma: LegCode, decision?: ForcedDecision, officerReasons?: readonly Reason[]) => Promise<void>;
    applyOutcome: (ctx: MockContext, id: string, ma: LegCode, outcome: LegOutcome) => Promise<DossierRecord | undefined>;
    watchDeadline: (ctx: MockContext, id: string, due: string | undefined) => void;
    expireSupplement: (ctx: MockContext, id: string, ma: LegCode) => Promise<void>;
    decide: (ctx: MockContext, id: string, ma: LegCode) => Promise<void>;
};
/** The orchestrator. */
export type Orchestrator = ReturnType<typeof createOrchestrator>;
