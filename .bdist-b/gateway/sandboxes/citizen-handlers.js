import { toLocalDate } from '../../mocks/domain/calendar/index.js';
import { problem } from '../../contracts/problems.js';
import { createPrng, generateWithTrait, } from '../../mocks/domain/population/index.js';
import { citizenProfile, searchCitizens, traitCounts, writeGenerated } from './citizens.js';
import { SANDBOX_PROBLEMS } from './problems.js';
import { route } from './route.js';
/**
 * The handlers of `sandboxGetCitizen`, `sandboxSearchCitizens`, `sandboxGenerateCitizen` and
 * `sandboxSeedPopulation`. Profiles and searches read the sandbox's population (its base plus
 * the people generated in it); generated people are written into that sandbox only.
 * @see specs/sandbox.yaml
 */
export function citizenHandlers(options) {
    const { manager } = options;
    const realNow = options.realNow ?? (() => Date.now());
    const notFound = (id) => problem(SANDBOX_PROBLEMS.sandboxNotFound, `No sandbox has the id "${id}".`);
    // Each generation draws from its own stream, so ids never repeat within a sandbox.
    return [
        route('sandboxGetCitizen', ({ params }) => {
            const population = manager.population(params.sandboxId);
            if (!population)
                return notFound(params.sandboxId);
            const profile = citizenProfile(population, params.soDinhDanh);
            return profile.ok ? { status: 200, body: profile.value } : profile.error;
        }),
        route('sandboxSearchCitizens', ({ params, query }) => {
            const population = manager.population(params.sandboxId);
            if (!population)
                return notFound(params.sandboxId);
            const page = searchCitizens(population, {
                ...(query.trait !== undefined ? { trait: query.trait } : {}),
                ...(query.maTinh !== undefined ? { maTinh: query.maTinh } : {}),
                ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
                limit: query.limit ?? 20,
            });
            return page.ok ? { status: 200, body: page.value } : page.error;
        }),
        route('sandboxGenerateCitizen', async ({ params, body }) => {
            const id = params.sandboxId;
            const population = manager.population(id);
            const resources = manager.resources(id);
            if (!population || !resources)
                return notFound(id);
            // Seeded by the sandbox's population and what is asked, never by the sandbox id: the same
            // requests on the same seed give the same people, so a scenario is reproducible.
            const rng = createPrng(`${population.seed}|${population.people.length}|${body.trait}|${body.maTinh ?? '*'}`);
            const maTinh = body.maTinh ?? rng.pick(population.provinces);
            const generation = generateWithTrait(population, {
                trait: body.trait,
                maTinh,
                ...(body.withHousehold !== undefined ? { withHousehold: body.withHousehold } : {}),
                referenceDate: toLocalDate(resources.clock.now()),
            }, rng);
            if (!generation.ok) {
                const { code, detail } = generation.error;
                return problem(SANDBOX_PROBLEMS.citizenGenerationFailed, detail, { reason: code });
            }
            await writeGenerated(resources.store, options.systems, generation.value);
            manager.extendPopulation(id, generation.value.population);
            const profile = citizenProfile(generation.value.population, generation.value.subject.id);
            if (!profile.ok)
                throw new Error('the generated citizen has no profile (generator bug)');
            return {
                status: 201,
                headers: { location: `/sandbox/v1/sandboxes/${id}/citizens/${profile.value.soDinhDanh}` },
                body: profile.value,
            };
        }),
        route('sandboxSeedPopulation', async ({ params, body }) => {
            const started = realNow();
            const reseeded = await manager.reseed(params.sandboxId, {
                seed: body.seed,
                size: body.size,
                ...(body.provinces !== undefined ? { provinces: body.provinces } : {}),
            });
            if (!reseeded.ok)
                return reseeded.error;
            const population = reseeded.value;
            return {
                status: 200,
                body: {
                    seed: body.seed,
                    size: population.people.length,
                    provinces: [...population.provinces],
                    households: population.households.length,
                    byTrait: traitCounts(population),
                    durationMs: Math.max(0, Math.round(realNow() - started)),
                },
            };
        }),
    ];
}
