/**
 * The health-facility mock: the facility catalogue, signed birth certificates (GCS) and death
 * notices (GBT).
 * @see specs/yte.yaml; DOMAIN.md §2 A10
 */
import type { MockSystem } from '../kit/index.js';
import { YTE_OPERATIONS } from './handlers.js';
import { seed } from './state.js';

/** The `yte` system. */
export const yte: MockSystem = { name: 'yte', operations: YTE_OPERATIONS, seed };
