import type { SystemName } from '../../contracts/systems.js';
import type { Population } from '../domain/population/population.js';
import type { BaseBuilder } from '../ports/store/index.js';
import type { MockHandler } from './context.js';
/**
 * One simulated system: its operations (from `defineOperation`) and how it loads its share of a
 * synthetic population into a sandbox base. A system keeps its state in collections named
 * `<system>.<name>` and never opens another system's collections.
 */
export interface MockSystem {
    readonly name: SystemName;
    readonly operations: readonly (readonly [string, MockHandler])[];
    seed?(builder: BaseBuilder, population: Population): Promise<void>;
}
