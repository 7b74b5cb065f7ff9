/**
 * How a rule's business outcome (`accept`, `refuse`, `supplement`) is said in the `Prefer`
 * vocabulary of each operation that lets a caller force its outcome. The mock then decides as if
 * the client had sent the header, so a forced outcome goes through the agency's own code path.
 * @see specs/sandbox.yaml#/components/schemas/FaultOutcome; STYLE.md rule 9; the `Prefer`
 *   descriptions of specs/hotich.yaml, yte.yaml, bhxh.yaml, xahoi.yaml and the mocks' `outcomes`
 */
import type { FaultEffect } from './types.js';
/** A business outcome a fault rule may force. */
export type ForcedOutcome = Extract<FaultEffect, {
    kind: 'outcome';
}>['outcome'];
type Vocabulary = Readonly<Partial<Record<ForcedOutcome, string>>>;
/**
 * Per `operationId`, the `Prefer: outcome=` value of each forcible outcome. An operation missing
 * here, or an outcome missing for it, cannot be forced (a rule naming it is a 422).
 */
export declare const FORCIBLE_OUTCOMES: Readonly<Record<string, Vocabulary>>;
/** The `outcome=` value that forces `outcome` on `operationId`, or `undefined` if none does. */
export declare function preferOutcome(operationId: string, outcome: ForcedOutcome): string | undefined;
/**
 * The `Prefer` header an outcome rule injects: `outcome=<value>`, plus `reason=<ma>` when the
 * rule gives a reason (the header carries the stable code only; the mock writes the text).
 * `undefined` when the operation cannot be forced to that outcome.
 */
export declare function preferHeader(operationId: string, effect: Extract<FaultEffect, {
    kind: 'outcome';
}>): string | undefined;
export {};
