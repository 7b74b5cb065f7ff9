import type { MockHandler } from './kit/context.js';
import type { MockSystem } from './kit/system.js';
/**
 * Every simulated system with behaviour. Operations of systems not listed here (or not yet
 * implemented) answer with their contract examples.
 */
export declare const MOCK_SYSTEMS: readonly MockSystem[];
/** All mock operations keyed by `operationId`. */
export declare function mockHandlers(systems?: readonly MockSystem[]): Map<string, MockHandler>;
