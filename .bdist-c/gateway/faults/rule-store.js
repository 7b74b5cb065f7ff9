/**
 * Fault rules of one sandbox in its Store (collection `gateway.faults`), in evaluation order:
 * create or replace, read, list, delete, clear, and `drawFault`, which decides the fault of a
 * call and updates the counters of the rules involved in one transaction, so `maxCount` is
 * never exceeded under concurrent requests.
 * @see specs/sandbox.yaml (faults); mocks/ports/README.md "Transactions"
 */
import { ok } from '../../contracts/result.js';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { decideFault, matchesCall } from './decide.js';
/**
 * The collection holding the rules; a sandbox reset keeps it when asked to keep fault rules
 * (`resetSandbox(id, { keep: { collections: [FAULT_RULES_COLLECTION] } })`).
 * @see specs/sandbox.yaml#/components/schemas/SandboxResetRequest (`keepFaultRules`)
 */
export const FAULT_RULES_COLLECTION = 'gateway.faults';
const FAULT_RULES = {
    idOf: (d) => d.ruleId,
    indexes: { byOrder: (d) => String(d.order).padStart(12, '0') },
};
const SCAN_LIMIT = 1000;
/**
 * Creates the rule `ruleId` or replaces it, resetting its counters; a replaced rule keeps its
 * `createdAt` and its place in evaluation order. `input` must have passed `checkFaultRule`.
 * @see specs/sandbox.yaml `sandboxPutFaultRule`
 */
export async function putFaultRule(scope, ruleId, input) {
    const now = toVnIso(scope.clock.now());
    return scope.store.transaction(async (tx) => {
        const rules = tx.collection(FAULT_RULES_COLLECTION, FAULT_RULES);
        const existing = await rules.get(ruleId);
        const order = existing?.order ?? (await lastOrder(tx)) + 1;
        const maxCount = input.maxCount ?? null;
        const rule = {
            ruleId,
            match: structuredClone(input.match),
            effect: structuredClone(input.effect),
            // The body is validated as sent, so the schema default of probability is applied here.
            probability: input.probability ?? 1,
            maxCount,
            remainingCount: maxCount,
            matchedCount: 0,
            ...(input.note !== undefined ? { note: input.note } : {}),
            createdAt: existing?.rule.createdAt ?? now,
            updatedAt: now,
        };
        const written = await rules.put({ ruleId, order, rule });
        if (!written.ok)
            throw new Error(`fault rule ${ruleId} could not be written`);
        return { created: existing === undefined, rule };
    });
}
/**
 * Whether the sandbox has any fault rule: most have none, and then one count settles every call
 * (the pipeline skips the fault stage).
 */
export async function hasFaultRules(store) {
    return (await store.collection(FAULT_RULES_COLLECTION, FAULT_RULES).count()) > 0;
}
/** The rule `ruleId`, or `undefined`. @see specs/sandbox.yaml `sandboxGetFaultRule` */
export async function getFaultRule(store, ruleId) {
    return (await store.collection(FAULT_RULES_COLLECTION, FAULT_RULES).get(ruleId))?.rule;
}
/**
 * One page of rules in evaluation order; an error for a cursor this listing did not issue.
 * @see specs/sandbox.yaml `sandboxListFaultRules`
 */
export async function listFaultRules(store, page) {
    const listed = await store.collection(FAULT_RULES_COLLECTION, FAULT_RULES).list({
        limit: page.limit,
        index: 'byOrder',
        ...(page.cursor !== undefined ? { cursor: page.cursor } : {}),
    });
    if (!listed.ok)
        return listed;
    return ok({ items: listed.value.items.map((d) => d.rule), nextCursor: listed.value.nextCursor });
}
/** Deletes the rule; false when there was none. @see specs/sandbox.yaml `sandboxDeleteFaultRule` */
export async function deleteFaultRule(store, ruleId) {
    return store.collection(FAULT_RULES_COLLECTION, FAULT_RULES).delete(ruleId);
}
/** Deletes every rule; returns how many. @see specs/sandbox.yaml `sandboxClearFaultRules` */
export async function clearFaultRules(store) {
    return store.transaction(async (tx) => {
        const rules = tx.collection(FAULT_RULES_COLLECTION, FAULT_RULES);
        const all = await storedRules(tx);
        for (const stored of all)
            await rules.delete(stored.ruleId);
        return all.length;
    });
}
/**
 * Decides the fault of one call (see `decideFault`) and, atomically with the decision, adds one
 * to `matchedCount` of every matching rule and takes one from `remainingCount` of every rule
 * applied. Calls no rule matches cost one read and no transaction (one count when the sandbox
 * has no rules).
 * @see specs/sandbox.yaml#/components/schemas/FaultRule (counters)
 */
export async function drawFault(store, call, random) {
    if (!(await hasFaultRules(store)))
        return null;
    const snapshot = await storedRules(store);
    if (!snapshot.some((d) => matchesCall(d.rule, call)))
        return null;
    return store.transaction(async (tx) => {
        const rules = tx.collection(FAULT_RULES_COLLECTION, FAULT_RULES);
        const current = await storedRules(tx);
        const decision = decideFault(current.map((d) => d.rule), call, random);
        const applied = new Set(decision?.ruleIds);
        for (const stored of current) {
            if (!matchesCall(stored.rule, call))
                continue;
            const written = await rules.put({
                ...stored,
                rule: counted(stored.rule, applied.has(stored.ruleId)),
            });
            if (!written.ok)
                throw new Error(`fault rule ${stored.ruleId} could not be counted`);
        }
        return decision;
    });
}
function counted(rule, applied) {
    const { remainingCount } = rule;
    return {
        ...rule,
        matchedCount: rule.matchedCount + 1,
        remainingCount: applied && remainingCount !== null ? remainingCount - 1 : remainingCount,
    };
}
async function storedRules(scope) {
    const rules = scope.collection(FAULT_RULES_COLLECTION, FAULT_RULES);
    const all = [];
    let cursor;
    do {
        const page = await rules.list({
            limit: SCAN_LIMIT,
            index: 'byOrder',
            ...(cursor !== undefined ? { cursor } : {}),
        });
        if (!page.ok)
            throw new Error('a cursor issued by this scan was refused');
        all.push(...page.value.items);
        cursor = page.value.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return all;
}
async function lastOrder(scope) {
    return (await storedRules(scope)).reduce((max, d) => Math.max(max, d.order), 0);
}
