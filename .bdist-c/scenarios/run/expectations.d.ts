import type { Contracts } from '../../contracts/contracts.js';
import type { Exchange, Expectation, Failure, Json, SourcePosition } from '../model.js';
import { type Variables } from './references.js';
/** Where a failure is reported: `steps/2` and the step's position in the file. */
export interface Place {
    readonly at: string;
    readonly position?: SourcePosition;
}
/**
 * Checks an answer against a step's `expect` (status, problem, contract, fields); each broken
 * expectation becomes a {@link Failure} in plain words with expected, actual and the exchange.
 * Without an explicit `status`, a call must answer 2xx.
 * @see scenarios/README.md "Steps"
 */
export declare function checkExpectation(exchange: Exchange, expectation: Expectation | undefined, context: {
    readonly place: Place;
    readonly operationId: string;
    readonly contracts: Contracts;
    readonly variables: Variables;
}): Failure[];
/** A field rule that does not hold: its description and the values compared. */
export interface BrokenField {
    readonly text: string;
    readonly expected?: Json;
    readonly actual?: Json;
}
/**
 * Checks one `fields` entry: a literal (deep equality) or a {@link Matcher}.
 * @returns `undefined` when the rule holds.
 */
export declare function checkField(body: Json | undefined, pointer: string, rule: Json): BrokenField | undefined;
/** Whether a value is a matcher (an object whose only key is a matcher name). */
export declare function isMatcher(value: Json): boolean;
/** Structural equality of JSON values (object key order ignored). */
export declare function deepEqual(a: Json | undefined, b: Json | undefined): boolean;
