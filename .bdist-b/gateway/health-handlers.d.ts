import type { Handler } from '../contracts/handler.js';
/** What the health handlers report on. */
export interface HealthSources {
    readonly version: string;
    readonly operationCount: number;
    readonly startedAt: number;
    readonly now?: () => Date;
}
/**
 * Liveness, readiness and every system's health operation (`hotichGetHealth`…), answered by the
 * gateway itself rather than from examples.
 * @see specs/sandbox.yaml sandboxGetLiveness, sandboxGetReadiness; specs/common.yaml Health
 */
export declare function createHealthHandlers(sources: HealthSources): Map<string, Handler>;
