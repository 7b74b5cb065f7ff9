/**
 * The semantic checks of a fault rule that its schema cannot express (the contract layer has
 * already checked the shape): the operation exists and belongs to the system, an MOJ error is
 * only for `hotich`, an outcome only where it can be forced, `maxMs` not below `minMs`.
 * Each failure is a violation with a JSON pointer into the request; any makes the PUT a 422.
 * @see specs/sandbox.yaml `sandboxPutFaultRule` (422 cases)
 */
import type { OperationIndex } from '../../contracts/operation-index.js';
import type { Violation } from '../../contracts/violations.js';
import { type FaultRuleInput } from './types.js';
/** Every semantic violation of `input` (empty when the rule is usable). */
export declare function checkFaultRule(input: FaultRuleInput, index: OperationIndex): Violation[];
