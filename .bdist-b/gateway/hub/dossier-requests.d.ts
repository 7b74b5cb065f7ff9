import type { MockHandler } from '../../mocks/kit/context.js';
import { type Access } from './access.js';
import type { AnchorFlows } from './anchor.js';
import { type DossierWriter } from './dossiers.js';
import type { Orchestrator } from './orchestrator.js';
/** Builds the citizen's requests. */
export declare function dossierRequests(deps: {
    readonly access: Access;
    readonly writer: DossierWriter;
    readonly orchestrator: Orchestrator;
    readonly anchor: AnchorFlows;
}): (readonly [string, MockHandler])[];
