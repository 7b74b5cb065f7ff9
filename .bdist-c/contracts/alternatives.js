/**
 * When no alternative of a `oneOf`/`anyOf` matches, ajv reports the errors of every alternative.
 * A group-1 dossier with a bad date would then also be told it lacks every field of a group-2
 * dossier. This keeps only the errors of the alternative that came closest (fewest errors): each
 * alternative is validated on its own, and the errors that only the other alternatives produced
 * are dropped, along with the bare "must match one schema" error.
 *
 * Needs ajv's `verbose` errors (`schema`, `data`). Works whether or not references are inlined.
 */
export function narrowAlternatives(errors, validateBranch) {
    let remaining = [...errors];
    const combinators = errors
        .filter((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && Array.isArray(e.schema))
        .sort((a, b) => a.instancePath.length - b.instancePath.length);
    for (const combinator of combinators) {
        if (!remaining.includes(combinator))
            continue;
        const branches = combinator.schema.filter((b) => typeof b === 'object' && b !== null);
        const prefix = combinator.instancePath;
        const perBranch = branches.map((branch) => validateBranch(branch, combinator.data).map((e) => identity(prefix, e)));
        if (perBranch.length === 0)
            continue;
        const bestIndex = perBranch.reduce((best, list, i) => (list.length < (perBranch[best]?.length ?? Infinity) ? i : best), 0);
        const best = new Set(perBranch[bestIndex]);
        if (best.size === 0)
            continue;
        const others = new Set(perBranch.flatMap((list, i) => (i === bestIndex ? [] : list)));
        remaining = remaining.filter((e) => {
            if (e === combinator)
                return false;
            const id = identity('', e);
            return best.has(id) || !others.has(id);
        });
    }
    return remaining;
}
/** Identifies an error by where it happened and what failed, independently of schema paths. */
function identity(prefix, error) {
    return `${prefix}${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
}
