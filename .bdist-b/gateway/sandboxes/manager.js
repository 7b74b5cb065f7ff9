import { problem } from '../../contracts/problems.js';
import { err, ok } from '../../contracts/result.js';
import { DEFAULT_HOLIDAY_CALENDAR, toVnIso } from '../../mocks/domain/calendar/index.js';
import { createClock } from '../../mocks/ports/clock/create-clock.js';
import { clockState } from './clock-ops.js';
import { createPopulationBases } from './population-bases.js';
import { SANDBOX_PROBLEMS } from './problems.js';
import { checkProcessingProfile, checkProvinceMode, DEFAULT_PROCESSING_PROFILE, DEFAULT_SANDBOX_CONFIG, resolveConfig, } from './settings.js';
import { createSandboxRegistry } from './registry.js';
import { FAULT_RULES_COLLECTION } from '../faults/index.js';
/** The sandbox `lienthong serve` uses for requests without `X-Sandbox-Id`. */
export const DEFAULT_SANDBOX_ID = 'default';
/** The gateway's audit journal: kept by every reset. @see SECURITY.md GW-10 */
export const JOURNAL_LOG = 'gateway.journal';
/**
 * Creates the manager and the default sandbox over its population base (built now).
 * @see DESIGN.md §4 (`lienthong serve`); mocks/ports/README.md "Bases"
 */
export async function createSandboxManager(options) {
    const { store } = options;
    const realNow = options.realNow ?? (() => Date.now());
    const random = options.random ?? (() => Math.floor(Math.random() * 2 ** 32));
    const bases = createPopulationBases(options);
    const registry = createSandboxRegistry();
    const newClock = (start, frozen = false) => createClock({ ...(start !== undefined ? { start } : {}), frozen, realNow });
    const viewOf = (entry) => ({
        sandboxId: entry.id,
        name: entry.name,
        createdAt: toVnIso(entry.createdAt),
        seed: entry.baseKey.seed,
        populationSize: entry.population.people.length,
        processingProfile: entry.processingProfile,
        provinceMode: entry.provinceMode,
        ...(entry.provinceBaseUrl !== undefined ? { provinceBaseUrl: entry.provinceBaseUrl } : {}),
        clock: clockState(entry.resources.clock, entry.resources.calendar),
        config: entry.config,
    });
    const missing = (id) => err(problem(SANDBOX_PROBLEMS.sandboxNotFound, `No sandbox has the id "${id}".`));
    const create = async (request, clockStart) => {
        const id = request.sandboxId ?? `sbx-${random().toString(36)}${random().toString(36)}`;
        const province = checkProvinceMode(request.provinceMode ?? 'simulated', request.provinceBaseUrl);
        if (!province.ok)
            return province;
        const profile = checkProcessingProfile(request.processingProfile ?? DEFAULT_PROCESSING_PROFILE);
        if (!profile.ok)
            return profile;
        const resolved = resolveConfig(DEFAULT_SANDBOX_CONFIG, request.config);
        if (!resolved.ok)
            return resolved;
        if (!registry.reserve(id)) {
            return err(problem(SANDBOX_PROBLEMS.sandboxExists, `The sandbox id "${id}" is taken.`));
        }
        const baseKey = {
            seed: request.seed ?? random(),
            size: request.populationSize ?? options.defaults.populationSize,
        };
        const base = await bases(baseKey);
        if (!base.ok) {
            registry.release(id);
            return base;
        }
        const created = await store.createSandbox(id, { base: base.value.name });
        if (!created.ok) {
            registry.release(id);
            return err(problem(SANDBOX_PROBLEMS.sandboxExists, `The sandbox id "${id}" is taken.`));
        }
        const start = request.clockStart !== undefined ? new Date(request.clockStart) : clockStart;
        const entry = registry.add({
            id,
            name: request.name,
            createdAt: new Date(realNow()),
            baseKey,
            basePopulation: base.value.population,
            population: base.value.population,
            processingProfile: profile.value,
            provinceMode: request.provinceMode ?? 'simulated',
            ...(request.provinceBaseUrl !== undefined
                ? { provinceBaseUrl: request.provinceBaseUrl }
                : {}),
            config: resolved.value.config,
            resources: {
                id,
                store: store.sandbox(id),
                clock: newClock(start),
                calendar: DEFAULT_HOLIDAY_CALENDAR,
                regime: resolved.value.regime,
            },
        });
        return ok(viewOf(entry));
    };
    const update = (id, patch) => {
        const entry = registry.get(id);
        if (!entry)
            return missing(id);
        const mode = patch.provinceMode ?? entry.provinceMode;
        const baseUrl = patch.provinceBaseUrl ?? entry.provinceBaseUrl;
        const province = checkProvinceMode(mode, baseUrl);
        if (!province.ok)
            return province;
        const profile = checkProcessingProfile(patch.processingProfile ?? entry.processingProfile);
        if (!profile.ok)
            return profile;
        const resolved = resolveConfig(entry.config, patch.config);
        if (!resolved.ok)
            return resolved;
        const updated = registry.replace({
            ...entry,
            name: patch.name ?? entry.name,
            processingProfile: profile.value,
            provinceMode: mode,
            ...(baseUrl !== undefined ? { provinceBaseUrl: baseUrl } : {}),
            config: resolved.value.config,
            resources: { ...entry.resources, regime: resolved.value.regime },
        });
        return ok(viewOf(updated));
    };
    const reset = async (id, request = {}) => {
        const entry = registry.get(id);
        if (!entry)
            return missing(id);
        const baseKey = request.reseed !== false && request.seed !== undefined
            ? { ...entry.baseKey, seed: request.seed }
            : entry.baseKey;
        const base = await bases(baseKey);
        if (!base.ok)
            return base;
        const done = await store.resetSandbox(id, {
            base: base.value.name,
            keep: {
                logs: [JOURNAL_LOG],
                collections: request.keepFaultRules === true ? [FAULT_RULES_COLLECTION] : [],
            },
        });
        if (!done.ok)
            return missing(id);
        const old = entry.resources.clock;
        const start = request.clockStart !== undefined ? new Date(request.clockStart) : old.now();
        old.dispose();
        const updated = registry.replace({
            ...entry,
            baseKey,
            basePopulation: base.value.population,
            population: base.value.population,
            resources: { ...entry.resources, clock: newClock(start, old.isFrozen()) },
        });
        return ok(viewOf(updated));
    };
    const remove = async (id) => {
        if (id === DEFAULT_SANDBOX_ID) {
            return err(problem(SANDBOX_PROBLEMS.defaultSandboxProtected, 'The default sandbox cannot be deleted.'));
        }
        const entry = registry.get(id);
        if (!entry)
            return missing(id);
        registry.remove(id);
        entry.resources.clock.dispose();
        await store.deleteSandbox(id);
        return ok(undefined);
    };
    const reseed = async (id, key) => {
        const entry = registry.get(id);
        if (!entry)
            return missing(id);
        const base = await bases(key);
        if (!base.ok)
            return base;
        const done = await store.resetSandbox(id, {
            base: base.value.name,
            keep: { logs: [JOURNAL_LOG], collections: [FAULT_RULES_COLLECTION] },
        });
        if (!done.ok)
            return missing(id);
        registry.replace({
            ...entry,
            baseKey: key,
            basePopulation: base.value.population,
            population: base.value.population,
        });
        return ok(base.value.population);
    };
    const made = await create({
        sandboxId: DEFAULT_SANDBOX_ID,
        name: 'Sandbox mặc định / Default sandbox',
        seed: options.defaults.seed,
        populationSize: options.defaults.populationSize,
    }, options.defaultClockStart);
    if (!made.ok)
        throw new Error(`could not create the default sandbox: ${made.error.code}`);
    return {
        defaultSandboxId: DEFAULT_SANDBOX_ID,
        create: (request) => create(request),
        view: (id) => {
            const entry = registry.get(id);
            return entry ? viewOf(entry) : undefined;
        },
        list: () => registry.all().map(viewOf),
        update,
        reset,
        delete: remove,
        reseed,
        resources: (id) => registry.get(id)?.resources,
        population: (id) => registry.get(id)?.population,
        extendPopulation: (id, population) => {
            const entry = registry.get(id);
            if (entry)
                registry.replace({ ...entry, population });
        },
        processingProfile: (id) => registry.get(id)?.processingProfile,
        setProcessingProfile: (id, requested) => {
            const entry = registry.get(id);
            if (!entry)
                return missing(id);
            const profile = checkProcessingProfile(requested);
            if (!profile.ok)
                return profile;
            registry.replace({ ...entry, processingProfile: profile.value });
            return ok(profile.value);
        },
        dispose: () => {
            for (const entry of registry.all())
                entry.resources.clock.dispose();
        },
    };
}
