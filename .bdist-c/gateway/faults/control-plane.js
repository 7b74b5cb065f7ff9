import { problem } from '../../contracts/problems.js';
import { defineOperation } from '../../mocks/kit/index.js';
import { SANDBOX_NOT_FOUND } from '../../mocks/runtime.js';
import { checkFaultRule } from './check-rule.js';
import { FAULT_PROBLEMS } from './problems.js';
import { clearFaultRules, deleteFaultRule, getFaultRule, listFaultRules, putFaultRule, } from './rule-store.js';
const DEFAULT_LIMIT = 20;
/**
 * The five fault operations as `[operationId, handler]` pairs, to serve like a mock system's
 * operations (through the mock runtime, which supplies the context `defineOperation` expects).
 * @see specs/sandbox.yaml `sandboxPutFaultRule`, `sandboxGetFaultRule`, `sandboxListFaultRules`,
 *   `sandboxDeleteFaultRule`, `sandboxClearFaultRules`
 */
export function createFaultOperations(options) {
    const { resolveSandbox } = options;
    const unknownSandbox = (id) => problem(SANDBOX_NOT_FOUND, `No sandbox has the id "${id}".`);
    const unknownRule = (id) => problem(FAULT_PROBLEMS.ruleNotFound, `The sandbox has no fault rule "${id}".`);
    return [
        defineOperation('sandboxPutFaultRule', {}, async (req, ctx) => {
            const { sandboxId, ruleId } = req.params;
            const scope = await resolveSandbox(sandboxId);
            if (!scope)
                return unknownSandbox(sandboxId);
            const violations = checkFaultRule(req.body, ctx.contracts.index);
            if (violations.length > 0) {
                const detail = `The fault rule has ${violations.length} semantic error${violations.length === 1 ? '' : 's'}.`;
                return problem(FAULT_PROBLEMS.ruleInvalid, detail, { errors: violations });
            }
            const { created, rule } = await putFaultRule(scope, ruleId, req.body);
            return created ? { status: 201, body: rule } : { status: 200, body: rule };
        }),
        defineOperation('sandboxGetFaultRule', {}, async (req) => {
            const { sandboxId, ruleId } = req.params;
            const scope = await resolveSandbox(sandboxId);
            if (!scope)
                return unknownSandbox(sandboxId);
            const rule = await getFaultRule(scope.store, ruleId);
            return rule ? { status: 200, body: rule } : unknownRule(ruleId);
        }),
        defineOperation('sandboxListFaultRules', {}, async (req) => {
            const { sandboxId } = req.params;
            const scope = await resolveSandbox(sandboxId);
            if (!scope)
                return unknownSandbox(sandboxId);
            const { cursor, limit = DEFAULT_LIMIT } = req.query;
            const page = await listFaultRules(scope.store, {
                limit,
                ...(cursor !== undefined ? { cursor } : {}),
            });
            if (!page.ok) {
                return problem(FAULT_PROBLEMS.invalidCursor, 'The cursor was not issued by this listing.');
            }
            return { status: 200, body: page.value };
        }),
        defineOperation('sandboxDeleteFaultRule', {}, async (req) => {
            const { sandboxId, ruleId } = req.params;
            const scope = await resolveSandbox(sandboxId);
            if (!scope)
                return unknownSandbox(sandboxId);
            const deleted = await deleteFaultRule(scope.store, ruleId);
            return deleted ? { status: 204, body: undefined } : unknownRule(ruleId);
        }),
        defineOperation('sandboxClearFaultRules', {}, async (req) => {
            const { sandboxId } = req.params;
            const scope = await resolveSandbox(sandboxId);
            if (!scope)
                return unknownSandbox(sandboxId);
            await clearFaultRules(scope.store);
            return { status: 204, body: undefined };
        }),
    ];
}
