import { atPointer, resolve } from './references.js';
const MATCHER_KEYS = ['equals', 'matches', 'exists', 'oneOf', 'gte', 'lte', 'length', 'contains'];
/**
 * Checks an answer against a step's `expect` (status, problem, contract, fields); each broken
 * expectation becomes a {@link Failure} in plain words with expected, actual and the exchange.
 * Without an explicit `status`, a call must answer 2xx.
 * @see scenarios/README.md "Steps"
 */
export function checkExpectation(exchange, expectation, context) {
    const { place } = context;
    const fail = (expectationText, expected, actual) => ({
        ...place,
        expectation: expectationText,
        ...(expected !== undefined ? { expected } : {}),
        ...(actual !== undefined ? { actual } : {}),
        exchange,
    });
    const response = exchange.response;
    if (!response)
        return [fail('an answer', undefined, exchange.error ?? 'no answer')];
    const failures = [];
    const wanted = expectation?.status;
    if (wanted === undefined) {
        if (response.status < 200 || response.status > 299) {
            failures.push(fail('a 2xx status', '2xx', response.status));
        }
    }
    else {
        const list = Array.isArray(wanted) ? wanted : [wanted];
        if (!list.includes(response.status)) {
            const expected = list.length === 1 ? list[0] : [...list];
            failures.push(fail(`status ${list.join(' or ')}`, expected, response.status));
        }
    }
    const body = response.body;
    if (expectation?.problem !== undefined) {
        const problem = resolve(expectation.problem, context.variables);
        const record = isRecord(body) ? body : {};
        const actual = (record.code ?? record.type ?? null);
        if (record.code !== problem && record.type !== problem) {
            failures.push(fail(`problem ${problem}`, problem, actual));
        }
    }
    // A refused token request is not an answer of the operation: its contract does not apply.
    const tokenRefusal = exchange.request.url.endsWith('/oauth/token');
    if (expectation?.schema !== false && !tokenRefusal) {
        const contentType = response.headers['content-type']?.split(';')[0]?.trim();
        const checked = context.contracts.validators.validateResponse(context.operationId, response.status, contentType, body);
        if (!checked.ok) {
            const violations = checked.error.map((v) => `${v.pointer} ${v.code}: ${v.detail}`);
            failures.push(fail(`the answer matches the ${context.operationId} contract`, 'valid', violations));
        }
    }
    for (const [pointer, rule] of Object.entries(expectation?.fields ?? {})) {
        const broken = checkField(body, pointer, resolve(rule, context.variables));
        if (broken)
            failures.push(fail(broken.text, broken.expected, broken.actual));
    }
    return failures;
}
/**
 * Checks one `fields` entry: a literal (deep equality) or a {@link Matcher}.
 * @returns `undefined` when the rule holds.
 */
export function checkField(body, pointer, rule) {
    const actual = atPointer(body, pointer);
    const shown = actual === undefined ? '(absent)' : actual;
    if (!isMatcher(rule)) {
        return deepEqual(actual, rule)
            ? undefined
            : { text: `${pointer} equals ${JSON.stringify(rule)}`, expected: rule, actual: shown };
    }
    const m = rule;
    const broken = (text, expected) => ({
        text: `${pointer} ${text}`,
        expected,
        actual: shown,
    });
    if ('equals' in m && !deepEqual(actual, m.equals)) {
        return broken(`equals ${JSON.stringify(m.equals)}`, m.equals);
    }
    if (m.exists !== undefined && (actual !== undefined) !== m.exists) {
        return broken(m.exists ? 'exists' : 'is absent', m.exists);
    }
    if (m.matches !== undefined &&
        !(typeof actual === 'string' && new RegExp(m.matches).test(actual))) {
        return broken(`matches /${m.matches}/`, m.matches);
    }
    if (m.oneOf !== undefined && !m.oneOf.some((v) => deepEqual(actual, v))) {
        return broken(`is one of ${JSON.stringify(m.oneOf)}`, [...m.oneOf]);
    }
    if (m.gte !== undefined &&
        !(actual !== undefined && actual !== null && compare(actual, m.gte) >= 0)) {
        return broken(`≥ ${JSON.stringify(m.gte)}`, m.gte);
    }
    if (m.lte !== undefined &&
        !(actual !== undefined && actual !== null && compare(actual, m.lte) <= 0)) {
        return broken(`≤ ${JSON.stringify(m.lte)}`, m.lte);
    }
    if (m.length !== undefined && lengthOf(actual) !== m.length) {
        return {
            text: `${pointer} has length ${m.length}`,
            expected: m.length,
            actual: lengthOf(actual) ?? shown,
        };
    }
    if ('contains' in m && !contains(actual, m.contains)) {
        return broken(`contains ${JSON.stringify(m.contains)}`, m.contains);
    }
    return undefined;
}
/** Whether a value is a matcher (an object whose only key is a matcher name). */
export function isMatcher(value) {
    if (!isRecord(value))
        return false;
    const keys = Object.keys(value);
    return keys.length === 1 && MATCHER_KEYS.includes(keys[0]);
}
/** Structural equality of JSON values (object key order ignored). */
export function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a;
    const rb = b;
    return ka.length === kb.length && ka.every((k) => k in rb && deepEqual(ra[k], rb[k]));
}
function compare(actual, bound) {
    if (typeof actual === 'number' && typeof bound === 'number')
        return actual - bound;
    return String(actual) < String(bound) ? -1 : String(actual) > String(bound) ? 1 : 0;
}
function lengthOf(value) {
    if (typeof value === 'string' || Array.isArray(value))
        return value.length;
    if (isRecord(value))
        return Object.keys(value).length;
    return undefined;
}
function contains(actual, wanted) {
    if (typeof actual === 'string')
        return typeof wanted === 'string' && actual.includes(wanted);
    if (Array.isArray(actual)) {
        return actual.some((item) => isRecord(item) && isRecord(wanted)
            ? Object.entries(wanted).every(([k, v]) => deepEqual(item[k], v))
            : deepEqual(item, wanted));
    }
    if (isRecord(actual) && isRecord(wanted)) {
        return Object.entries(wanted).every(([k, v]) => deepEqual(actual[k], v));
    }
    return false;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
