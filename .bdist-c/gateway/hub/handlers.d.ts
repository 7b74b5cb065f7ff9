import type { MockHandler } from '../../mocks/kit/context.js';
import { type AnchorFlows } from './anchor.js';
import { type DossierWriter } from './dossiers.js';
import type { Orchestrator } from './orchestrator.js';
/** What the hub's handlers need besides the sandbox. */
export interface HubHandlerDeps {
    readonly writer: DossierWriter;
    readonly orchestrator: Orchestrator;
    readonly anchor: AnchorFlows;
    /** The province code of a client system (provincial clients), if it has one. */
    readonly clientProvince: (clientId: string) => Promise<string | undefined>;
    readonly provinceMode: (sandboxId: string) => 'simulated' | 'connected';
}
/** Builds the hub's operations. */
export declare function hubOperations(deps: HubHandlerDeps): (readonly [string, MockHandler])[];
