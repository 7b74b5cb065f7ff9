import type { MockHandler } from './kit/context.js';
import type { MockSystem } from './kit/system.js';

/**
 * Every simulated system with behaviour. Operations of systems not listed here (or not yet
 * implemented) answer with their contract examples.
 */
export const MOCK_SYSTEMS: readonly MockSystem[] = [];

/** All mock operations keyed by `operationId`. */
export function mockHandlers(
  systems: readonly MockSystem[] = MOCK_SYSTEMS,
): Map<string, MockHandler> {
  const handlers = new Map<string, MockHandler>();
  for (const system of systems) {
    for (const [operationId, handler] of system.operations) {
      if (handlers.has(operationId)) throw new Error(`${operationId} is defined twice`);
      handlers.set(operationId, handler);
    }
  }
  return handlers;
}
