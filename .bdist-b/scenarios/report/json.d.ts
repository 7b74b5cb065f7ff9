/**
 * The run as JSON for tooling: exactly the `RunReport` of scenarios/model.ts, credentials in
 * recorded headers hidden.
 */
import type { RunReport } from '../model.js';
/** The run as pretty JSON. */
export declare function renderJson(report: RunReport): string;
/** The report with every recorded `Authorization` (and cookie) header value hidden. */
export declare function redactReport(report: RunReport): RunReport;
