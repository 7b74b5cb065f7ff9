import { bhxh } from './bhxh/index.js';
import { cutru } from './cutru/index.js';
import { dancu } from './dancu/index.js';
import { hotich } from './hotich/index.js';
import { tinh } from './tinh/index.js';
import { vneid } from './vneid/index.js';
import { xahoi } from './xahoi/index.js';
import { yte } from './yte/index.js';
/**
 * Every simulated system with behaviour. Operations of systems not listed here (or not yet
 * implemented) answer with their contract examples.
 */
export const MOCK_SYSTEMS = [
    bhxh,
    cutru,
    dancu,
    hotich,
    tinh,
    vneid,
    xahoi,
    yte,
];
/** All mock operations keyed by `operationId`. */
export function mockHandlers(systems = MOCK_SYSTEMS) {
    const handlers = new Map();
    for (const system of systems) {
        for (const [operationId, handler] of system.operations) {
            if (handlers.has(operationId))
                throw new Error(`${operationId} is defined twice`);
            handlers.set(operationId, handler);
        }
    }
    return handlers;
}
