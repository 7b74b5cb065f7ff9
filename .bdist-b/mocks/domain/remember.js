/**
 * A pure function of a string that remembers its recent answers: hot paths (the policy and the
 * mocks read the same dossier code or citizen call after call) compute each key once. Bounded:
 * once `max` keys are remembered it starts afresh, so memory stays flat whatever the traffic.
 * Only for functions whose answer depends on the key alone and is never mutated by callers.
 */
export function rememberRecent(compute, max = 1024) {
    const recent = new Map();
    return (key) => {
        let value = recent.get(key);
        if (value === undefined && !recent.has(key)) {
            value = compute(key);
            if (recent.size >= max)
                recent.clear();
            recent.set(key, value);
        }
        return value;
    };
}
