/**
 * Seeded population bases, built once per (seed, size, provinces) and shared by every sandbox
 * that reads through them: the people in memory and every system's share in a Store base.
 * @see mocks/ports/README.md "Bases"; DESIGN.md §3 ("Sandboxes isolate tenants")
 */
import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { InvalidPopulationOptionsError, } from '../../mocks/domain/population/index.js';
import { generatePopulationCached } from './population-cache.js';
import { SANDBOX_PROBLEMS } from './problems.js';
/**
 * The name of the base of a key: `population-${seed}-${size}`, plus the sorted provinces when
 * the population is limited to some.
 * @see mocks/ports/README.md "Bases"
 */
export function baseNameOf(key) {
    const name = `population-${key.seed}-${key.size}`;
    if (key.provinces === undefined)
        return name;
    return `${name}-${[...key.provinces].sort().join('.')}`;
}
/**
 * A lazy cache of bases over one Store: the first request for a key generates the population
 * and seeds every system into a new base; concurrent and later requests share that work.
 * A bad key (a size the generator refuses) is a 422 naming the option.
 * @see mocks/domain/population `generatePopulation`; MockSystem.seed
 */
export function createPopulationBases(options) {
    const built = new Map();
    const build = async (name, key) => {
        // Building takes a few hundred milliseconds of the main thread: let the server answer
        // (readiness 503) between its steps.
        await nextTurn();
        let population;
        try {
            population = generatePopulationCached({
                seed: key.seed,
                size: key.size,
                referenceDate: options.referenceDate,
                ...(key.provinces !== undefined ? { provinces: key.provinces } : {}),
            });
        }
        catch (error) {
            if (!(error instanceof InvalidPopulationOptionsError))
                throw error;
            return err(problem(SANDBOX_PROBLEMS.invalidSandboxConfig, `The population ${error.message}.`));
        }
        const created = await options.store.createBase(name, async (builder) => {
            for (const system of options.systems) {
                await nextTurn();
                await system.seed?.(builder, population);
            }
        });
        if (!created.ok)
            throw new Error(`could not seed the base ${name}: ${created.error.code}`);
        return ok({ name, population });
    };
    return (key) => {
        const name = baseNameOf(key);
        let entry = built.get(name);
        if (entry === undefined) {
            entry = build(name, key);
            built.set(name, entry);
            // A refused key is not cached, so the name stays free.
            void entry.then((result) => {
                if (!result.ok)
                    built.delete(name);
            });
        }
        return entry;
    };
}
/** Resolves on the event loop's next turn, after pending I/O. */
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}
