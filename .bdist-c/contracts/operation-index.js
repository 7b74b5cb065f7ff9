import { deref, isObject } from './loader.js';
/** HTTP methods an OpenAPI path item can hold. */
export const HTTP_METHODS = [
    'get',
    'put',
    'post',
    'delete',
    'patch',
    'head',
    'options',
    'trace',
];
/** An operation id appears twice: a bug in `specs/`, so it is thrown. */
export class DuplicateOperationError extends Error {
    name = 'DuplicateOperationError';
}
/**
 * Builds the operation index from bundled specs. Webhooks are indexed (so their payloads can be
 * validated) but never routed.
 * @see DESIGN.md §3 ("handlers are keyed by operationId")
 */
export function buildOperationIndex(specs) {
    const operations = new Map();
    const bySystem = new Map();
    const router = new Router();
    for (const spec of specs) {
        const list = [];
        for (const operation of readOperations(spec)) {
            const existing = operations.get(operation.operationId);
            if (existing) {
                throw new DuplicateOperationError(`operationId ${operation.operationId} is declared by ${existing.system} and ${operation.system}`);
            }
            operations.set(operation.operationId, operation);
            list.push(operation);
            if (operation.kind === 'route')
                router.add(operation);
        }
        bySystem.set(spec.system, list);
    }
    return { operations, bySystem, match: (method, path) => router.match(method, path) };
}
function* readOperations(spec) {
    const doc = spec.document;
    for (const [kind, section] of [
        ['route', doc.paths],
        ['webhook', doc.webhooks],
    ]) {
        if (!isObject(section))
            continue;
        for (const [path, rawItem] of Object.entries(section)) {
            const item = deref(doc, rawItem);
            if (!item)
                continue;
            const shared = readParameters(doc, item.parameters);
            for (const method of HTTP_METHODS) {
                const op = item[method];
                if (!isObject(op))
                    continue;
                yield readOperation(spec, kind, method, path, op, shared);
            }
        }
    }
}
function readOperation(spec, kind, method, path, op, shared) {
    const doc = spec.document;
    const own = readParameters(doc, op.parameters);
    const parameters = [
        ...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)),
        ...own,
    ];
    const security = Array.isArray(op.security) ? op.security : doc.security;
    const firstRequirement = Array.isArray(security) ? security.find(isObject) : undefined;
    const scopes = firstRequirement
        ? Object.values(firstRequirement).flatMap((s) => (Array.isArray(s) ? s.map(String) : []))
        : [];
    const responses = {};
    if (isObject(op.responses)) {
        for (const [status, raw] of Object.entries(op.responses)) {
            const response = deref(doc, raw);
            if (response)
                responses[status] = readBody(doc, response, true);
        }
    }
    const requestBody = deref(doc, op.requestBody);
    return {
        operationId: typeof op.operationId === 'string' ? op.operationId : `${method} ${path}`,
        system: spec.system,
        kind,
        method,
        path,
        summary: typeof op.summary === 'string' ? op.summary : '',
        scopes,
        isPublic: firstRequirement === undefined,
        parameters,
        ...(requestBody
            ? { requestBody: readBody(doc, requestBody, requestBody.required === true) }
            : {}),
        responses,
    };
}
function readParameters(doc, raw) {
    if (!Array.isArray(raw))
        return [];
    const result = [];
    for (const entry of raw) {
        const p = deref(doc, entry);
        if (!p || typeof p.name !== 'string' || typeof p.in !== 'string')
            continue;
        result.push({
            name: p.name,
            in: p.in,
            required: p.required === true,
            schema: isObject(p.schema) ? p.schema : {},
            ...(p.example !== undefined ? { example: p.example } : {}),
        });
    }
    return result;
}
function readBody(doc, body, required) {
    const content = {};
    if (isObject(body.content)) {
        for (const [mediaType, raw] of Object.entries(body.content)) {
            if (!isObject(raw))
                continue;
            const examples = [];
            if (raw.example !== undefined)
                examples.push(raw.example);
            if (isObject(raw.examples)) {
                for (const ex of Object.values(raw.examples)) {
                    const resolved = deref(doc, ex);
                    if (resolved && resolved.value !== undefined)
                        examples.push(resolved.value);
                }
            }
            content[mediaType] = { ...(isObject(raw.schema) ? { schema: raw.schema } : {}), examples };
        }
    }
    return { required, content };
}
/**
 * A segment trie: literal segments win over parameters, with backtracking, and a path is only
 * taken if it serves the request method (so `GET /cong-dan/{soDinhDanh}` still answers
 * `GET /cong-dan/tra-cuu` when only `POST /cong-dan/tra-cuu` exists).
 */
class Router {
    root = newNode();
    add(operation) {
        let node = this.root;
        for (const segment of splitPath(operation.path)) {
            const param = /^\{(.+)\}$/.exec(segment);
            if (param) {
                const name = param[1] ?? '';
                node.param ??= { name, node: newNode() };
                node = node.param.node;
            }
            else {
                let next = node.literal.get(segment);
                if (!next)
                    node.literal.set(segment, (next = newNode()));
                node = next;
            }
        }
        node.methods.set(operation.method.toUpperCase(), operation);
    }
    match(method, path) {
        let segments;
        try {
            segments = splitPath(path).map((s) => decodeURIComponent(s));
        }
        catch {
            return { kind: 'not-found' };
        }
        const verb = method.toUpperCase();
        const params = {};
        const node = find(this.root, segments, 0, params, (n) => n.methods.has(verb));
        const operation = node?.methods.get(verb);
        if (operation)
            return { kind: 'found', operation, params };
        const other = find(this.root, segments, 0, {}, (n) => n.methods.size > 0);
        if (!other)
            return { kind: 'not-found' };
        return { kind: 'method-not-allowed', allowed: [...other.methods.keys()].sort() };
    }
}
function find(node, segments, at, params, accept) {
    if (at === segments.length)
        return accept(node) ? node : undefined;
    const segment = segments[at] ?? '';
    const literal = node.literal.get(segment);
    if (literal) {
        const found = find(literal, segments, at + 1, params, accept);
        if (found)
            return found;
    }
    if (node.param && segment !== '') {
        const found = find(node.param.node, segments, at + 1, params, accept);
        if (found) {
            params[node.param.name] = segment;
            return found;
        }
    }
    return undefined;
}
function newNode() {
    return { literal: new Map(), methods: new Map() };
}
function splitPath(path) {
    const trimmed = path.replace(/\/+$/, '');
    return trimmed === '' ? [] : trimmed.split('/').slice(1);
}
