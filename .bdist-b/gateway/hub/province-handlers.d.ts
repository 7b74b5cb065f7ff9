import type { MockHandler } from '../../mocks/kit/context.js';
import { type Access } from './access.js';
import type { Orchestrator } from './orchestrator.js';
/** Builds the province's operations. */
export declare function provinceOperations(access: Access, orchestrator: Orchestrator): (readonly [string, MockHandler])[];
