import { type MockHandler } from '../../mocks/kit/index.js';
import { type FaultRuleScope } from './rule-store.js';
/** What the fault operations need: the store and clock of a sandbox by id (`undefined`: none). */
export interface FaultOperationsOptions {
    readonly resolveSandbox: (sandboxId: string) => FaultRuleScope | undefined | Promise<FaultRuleScope | undefined>;
}
/**
 * The five fault operations as `[operationId, handler]` pairs, to serve like a mock system's
 * operations (through the mock runtime, which supplies the context `defineOperation` expects).
 * @see specs/sandbox.yaml `sandboxPutFaultRule`, `sandboxGetFaultRule`, `sandboxListFaultRules`,
 *   `sandboxDeleteFaultRule`, `sandboxClearFaultRules`
 */
export declare function createFaultOperations(options: FaultOperationsOptions): readonly (readonly [string, MockHandler])[];
