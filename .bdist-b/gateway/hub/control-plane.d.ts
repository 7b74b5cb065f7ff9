import type { MockHandler } from '../../mocks/kit/context.js';
import type { Orchestrator } from './orchestrator.js';
/** Operations whose sandbox is the `sandboxId` path parameter rather than `X-Sandbox-Id`. */
export declare const PATH_SANDBOX_OPERATIONS: ReadonlySet<string>;
/** Builds the hub's control-plane operations. */
export declare function hubControlPlane(orchestrator: Orchestrator): (readonly [string, MockHandler])[];
