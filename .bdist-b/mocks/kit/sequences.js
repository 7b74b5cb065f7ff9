const COUNTERS = { idOf: (c) => c.id };
/**
 * The next number (1, 2, 3…) of a named sequence in a sandbox (`hotich.KS.80.2026`), safe under
 * concurrent requests: a compare-and-set on the counter's version, retried on conflict. Works on
 * a sandbox and inside a transaction.
 */
export async function nextSequence(scope, name) {
    const counters = scope.collection('kit.counters', COUNTERS);
    for (;;) {
        const current = await counters.getVersioned(name);
        if (!current) {
            const inserted = await counters.insert({ id: name, value: 1 });
            if (inserted.ok)
                return 1;
            continue;
        }
        const updated = await counters.update(name, (c) => ({ ...c, value: c.value + 1 }), {
            expectedVersion: current.version,
        });
        if (updated.ok)
            return updated.value.doc.value;
    }
}
