/**
 * A pure function of a string that remembers its recent answers: hot paths (the policy and the
 * mocks read the same dossier code or citizen call after call) compute each key once. Bounded:
 * once `max` keys are remembered it starts afresh, so memory stays flat whatever the traffic.
 * Keys longer than {@link MAX_REMEMBERED_KEY} characters (never a well-formed identifier; they
 * may come from a request) are computed every time, so memory stays small too. Only for
 * functions whose answer depends on the key alone and is never mutated by callers.
 */
export function rememberRecent<V>(compute: (key: string) => V, max = 1024): (key: string) => V {
  const recent = new Map<string, V>();
  return (key) => {
    if (key.length > MAX_REMEMBERED_KEY) return compute(key);
    let value = recent.get(key);
    if (value === undefined && !recent.has(key)) {
      value = compute(key);
      if (recent.size >= max) recent.clear();
      recent.set(key, value);
    }
    return value as V;
  };
}

/** The longest key {@link rememberRecent} keeps. */
export const MAX_REMEMBERED_KEY = 256;
