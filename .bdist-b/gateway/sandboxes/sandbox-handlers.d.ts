import type { Handler } from '../../contracts/handler.js';
import type { SandboxManager } from './manager.js';
/**
 * The handlers of `sandboxCreateSandbox`, `sandboxListSandboxes`, `sandboxGetSandbox`,
 * `sandboxUpdateSandbox`, `sandboxResetSandbox`, `sandboxDeleteSandbox`,
 * `sandboxGetProcessingProfile` and `sandboxSetProcessingProfile`.
 * @see specs/sandbox.yaml
 */
export declare function sandboxHandlers(manager: SandboxManager): (readonly [string, Handler])[];
