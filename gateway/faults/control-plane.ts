/**
 * The fault operations of the sandbox control plane, typed by the generated contract: put, get,
 * list, delete and clear the rules of the sandbox named in the path. The contract layer has
 * checked shapes (400); these check semantics (422) and answer 404 for an unknown sandbox or rule.
 * @see specs/sandbox.yaml (tag faults); DESIGN.md §4 ("The sandbox control plane")
 */
import type { operations } from '../../contracts/generated/sandbox.js';
import { problem } from '../../contracts/problems.js';
import { defineOperation, type MockHandler } from '../../mocks/kit/index.js';
import { SANDBOX_NOT_FOUND } from '../../mocks/runtime.js';
import { checkFaultRule } from './check-rule.js';
import { FAULT_PROBLEMS } from './problems.js';
import {
  clearFaultRules,
  deleteFaultRule,
  getFaultRule,
  listFaultRules,
  putFaultRule,
  type FaultRuleScope,
} from './rule-store.js';

/** What the fault operations need: the store and clock of a sandbox by id (`undefined`: none). */
export interface FaultOperationsOptions {
  readonly resolveSandbox: (
    sandboxId: string,
  ) => FaultRuleScope | undefined | Promise<FaultRuleScope | undefined>;
}

type PutOp = operations['sandboxPutFaultRule'];
type GetOp = operations['sandboxGetFaultRule'];
type ListOp = operations['sandboxListFaultRules'];
type DeleteOp = operations['sandboxDeleteFaultRule'];
type ClearOp = operations['sandboxClearFaultRules'];

const DEFAULT_LIMIT = 20;

/**
 * The five fault operations as `[operationId, handler]` pairs, to serve like a mock system's
 * operations (through the mock runtime, which supplies the context `defineOperation` expects).
 * @see specs/sandbox.yaml `sandboxPutFaultRule`, `sandboxGetFaultRule`, `sandboxListFaultRules`,
 *   `sandboxDeleteFaultRule`, `sandboxClearFaultRules`
 */
export function createFaultOperations(
  options: FaultOperationsOptions,
): readonly (readonly [string, MockHandler])[] {
  const { resolveSandbox } = options;
  const unknownSandbox = (id: string) =>
    problem(SANDBOX_NOT_FOUND, `No sandbox has the id "${id}".`);
  const unknownRule = (id: string) =>
    problem(FAULT_PROBLEMS.ruleNotFound, `The sandbox has no fault rule "${id}".`);

  return [
    defineOperation<PutOp>('sandboxPutFaultRule', {}, async (req, ctx) => {
      const { sandboxId, ruleId } = req.params;
      const scope = await resolveSandbox(sandboxId);
      if (!scope) return unknownSandbox(sandboxId);
      const violations = checkFaultRule(req.body, ctx.contracts.index);
      if (violations.length > 0) {
        const detail = `The fault rule has ${violations.length} semantic error${violations.length === 1 ? '' : 's'}.`;
        return problem(FAULT_PROBLEMS.ruleInvalid, detail, { errors: violations });
      }
      const { created, rule } = await putFaultRule(scope, ruleId, req.body);
      return created ? { status: 201, body: rule } : { status: 200, body: rule };
    }),
    defineOperation<GetOp>('sandboxGetFaultRule', {}, async (req) => {
      const { sandboxId, ruleId } = req.params;
      const scope = await resolveSandbox(sandboxId);
      if (!scope) return unknownSandbox(sandboxId);
      const rule = await getFaultRule(scope.store, ruleId);
      return rule ? { status: 200, body: rule } : unknownRule(ruleId);
    }),
    defineOperation<ListOp>('sandboxListFaultRules', {}, async (req) => {
      const { sandboxId } = req.params;
      const scope = await resolveSandbox(sandboxId);
      if (!scope) return unknownSandbox(sandboxId);
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
    defineOperation<DeleteOp>('sandboxDeleteFaultRule', {}, async (req) => {
      const { sandboxId, ruleId } = req.params;
      const scope = await resolveSandbox(sandboxId);
      if (!scope) return unknownSandbox(sandboxId);
      const deleted = await deleteFaultRule(scope.store, ruleId);
      return deleted ? { status: 204, body: undefined } : unknownRule(ruleId);
    }),
    defineOperation<ClearOp>('sandboxClearFaultRules', {}, async (req) => {
      const { sandboxId } = req.params;
      const scope = await resolveSandbox(sandboxId);
      if (!scope) return unknownSandbox(sandboxId);
      await clearFaultRules(scope.store);
      return { status: 204, body: undefined };
    }),
  ];
}
