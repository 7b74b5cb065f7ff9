/** A reference that names nothing: the step cannot run as written. */
export class UnresolvedReferenceError extends Error {
    reference;
    name = 'UnresolvedReferenceError';
    constructor(reference) {
        super(`\${${reference}} names nothing (saved values, people.<name>…, sandbox.id, target)`);
        this.reference = reference;
    }
}
const WHOLE = /^\$\{([^}]+)\}$/;
const ANY = /\$\{([^}]+)\}/g;
/**
 * Replaces `${name}`, `${people.mother.soDinhDanh}`, `${people.mother.population.hoTen}` and
 * `${sandbox.id}` everywhere in a value. A string that is only a reference keeps the referenced
 * value's type; references inside a longer string are written as text.
 * @see scenarios/README.md "Steps"
 */
export function resolve(value, variables) {
    if (typeof value === 'string')
        return resolveString(value, variables);
    if (Array.isArray(value))
        return value.map((v) => resolve(v, variables));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [resolveString(k, variables), resolve(v, variables)]));
    }
    return value;
}
/** A reference-bearing string that must come out as text (a header, a dossier code). */
export function resolveText(value, variables) {
    const resolved = resolveString(value, variables);
    return typeof resolved === 'string' ? resolved : JSON.stringify(resolved);
}
function resolveString(value, variables) {
    const whole = WHOLE.exec(value);
    if (whole)
        return lookup(whole[1], variables);
    return value.replace(ANY, (_, name) => {
        const found = lookup(name, variables);
        return typeof found === 'string' ? found : JSON.stringify(found);
    });
}
function lookup(reference, variables) {
    const [head, ...path] = reference.trim().split('.');
    let current;
    if (head === 'sandbox')
        current = { id: variables.sandbox.id };
    else if (head === 'target' && variables.target !== undefined)
        current = variables.target;
    else if (head === 'people')
        current = variables.people;
    else
        current = variables.saved[head];
    for (const segment of path) {
        if (current === null || typeof current !== 'object') {
            current = undefined;
            break;
        }
        current = Array.isArray(current) ? current[Number(segment)] : current[segment];
    }
    if (current === undefined)
        throw new UnresolvedReferenceError(reference);
    return current;
}
/** The value at a JSON pointer (RFC 6901), `undefined` when absent. */
export function atPointer(value, pointer) {
    if (pointer === '')
        return value;
    let current = value;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        if (current === null || typeof current !== 'object')
            return undefined;
        current = Array.isArray(current) ? current[Number(segment)] : current[segment];
    }
    return current;
}
