/**
 * JUnit XML for CI servers: one `<testcase>` per scenario (classname = file, name = title), a
 * `<failure>` carrying every broken expectation with its exchange, an `<error>` when the scenario
 * could not run.
 * @see https://github.com/testmoapp/junitxml (the de facto format CI servers read)
 */
import type { Failure, RunReport } from '../model.js';
/** The run as a JUnit XML document. */
export declare function renderJunit(report: RunReport): string;
/** A failure as plain text: where, what was expected, what came, and the exchange. */
export declare function failureText(failure: Failure): string;
