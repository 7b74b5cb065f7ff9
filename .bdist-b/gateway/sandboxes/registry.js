/**
 * Creates an empty registry.
 * @see SandboxRegistry
 */
export function createSandboxRegistry() {
    const entries = new Map();
    const reserved = new Set();
    return {
        reserve: (id) => {
            if (entries.has(id) || reserved.has(id))
                return false;
            reserved.add(id);
            return true;
        },
        release: (id) => {
            reserved.delete(id);
        },
        add: (entry) => {
            reserved.delete(entry.id);
            entries.set(entry.id, entry);
            return entry;
        },
        replace: (entry) => {
            if (entries.has(entry.id))
                entries.set(entry.id, entry);
            return entry;
        },
        get: (id) => entries.get(id),
        remove: (id) => {
            entries.delete(id);
        },
        all: () => [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
}
