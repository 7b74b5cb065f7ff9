import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject } from './loader.js';
import { err, ok } from './result.js';
import { narrowAlternatives } from './alternatives.js';
import { toViolations } from './violations.js';
// ajv-formats is CommonJS with a default export; under NodeNext it arrives as the module object.
const addFormats = addFormatsModule;
/** A schema in `specs/` that ajv refuses in strict mode: a bug, so it is thrown with the place. */
export class SchemaCompileError extends Error {
    name = 'SchemaCompileError';
}
const PARAM_LOCATIONS = ['path', 'query', 'header'];
/** The answer of every check that passes (shared: checks run on every request). */
const NO_VIOLATIONS = Object.freeze([]);
/** The `$id` under which a system's component schemas are registered with ajv. */
export function specSchemaId(system) {
    return `urn:lienthong-sandbox:spec:${system}`;
}
/**
 * Compiles each operation's parameter, body and response validators with ajv 8 (JSON Schema
 * 2020-12, strict mode, formats) on its first use, once. Bodies are validated as sent; parameters are coerced from their
 * string form to the declared types (so `?soLuong=20` becomes a number) by a second instance.
 * @see STYLE.md rule 3
 */
export function createValidatorRegistry(specs, index) {
    const strict = createAjv(false);
    const coercing = createAjv(true);
    for (const spec of specs) {
        const schemas = spec.document.components?.schemas;
        const root = {
            $id: specSchemaId(spec.system),
            $defs: rewriteRefs(isObject(schemas) ? schemas : {}, spec.system),
        };
        strict.addSchema(root);
        coercing.addSchema(structuredClone(root));
    }
    const compiler = createCompiler(strict, coercing);
    // Compiled on first use, then kept: start-up pays only for the schemas it registers, and an
    // operation nobody calls costs nothing (compiling all of them took most of the start-up).
    const compiled = new Map();
    const required = (operationId) => {
        let op = compiled.get(operationId);
        if (op)
            return op;
        const operation = index.operations.get(operationId);
        if (!operation)
            throw new Error(`unknown operationId ${operationId}`);
        compiled.set(operationId, (op = compileOperation(operation, compiler)));
        return op;
    };
    return {
        get compiledCount() {
            return compiler.size();
        },
        validateRequest: (operationId, parts) => validateRequest(required(operationId), parts),
        validateRequestBody(operationId, contentType, body) {
            const op = required(operationId);
            if (!op.body)
                return [unexpectedBody('/body', 'this operation takes no request body')];
            if (!op.body.byMediaType.has(contentType)) {
                const declared = [...op.body.byMediaType.keys()].join(', ');
                return [
                    {
                        pointer: '/body',
                        code: 'UNSUPPORTED_MEDIA_TYPE',
                        detail: `declared media types: ${declared}`,
                    },
                ];
            }
            return op.body.byMediaType.get(contentType)?.(body, 'body') ?? [];
        },
        validateResponse: (operationId, status, contentType, body) => validateResponse(required(operationId), status, contentType, body),
        compileValue(system, schema) {
            const check = compiler.compile('strict', system, schema, `value of ${system}`);
            return (value) => check(value, 'body');
        },
        validateValue: (system, schema, value) => compiler.compile('strict', system, schema, `value of ${system}`)(value, 'body'),
    };
}
/** Compiles schemas into checks, once per distinct schema, and explains failed alternatives. */
function createCompiler(strict, coercing) {
    const cache = new Map();
    const branchCache = new WeakMap();
    const branchValidator = (ajv) => (branch, data) => {
        let fn = branchCache.get(branch);
        if (!fn)
            branchCache.set(branch, (fn = ajv.compile(branch)));
        return fn(data) ? [] : (fn.errors ?? []);
    };
    const validators = { strict: branchValidator(strict), coercing: branchValidator(coercing) };
    return {
        size: () => cache.size,
        compile(mode, system, schema, where) {
            const rewritten = rewriteRefs(schema, system);
            const key = `${mode}|${JSON.stringify(rewritten)}`;
            const cached = cache.get(key);
            if (cached)
                return cached;
            let fn;
            try {
                fn = (mode === 'strict' ? strict : coercing).compile(rewritten);
            }
            catch (cause) {
                throw new SchemaCompileError(`${where}: ${cause.message}`, { cause });
            }
            const check = (value, location) => fn(value)
                ? NO_VIOLATIONS
                : toViolations(narrowAlternatives(fn.errors ?? [], validators[mode]), location);
            cache.set(key, check);
            return check;
        },
    };
}
function compileOperation(operation, compiler) {
    const where = `${operation.system}.yaml ${operation.operationId}`;
    const params = {};
    for (const location of PARAM_LOCATIONS) {
        const properties = {};
        const requiredNames = [];
        for (const p of operation.parameters.filter((param) => param.in === location)) {
            const name = location === 'header' ? p.name.toLowerCase() : p.name;
            properties[name] = p.schema;
            if (p.required || location === 'path')
                requiredNames.push(name);
        }
        const schema = {
            type: 'object',
            properties,
            required: requiredNames,
            // Unknown query parameters are refused (they are usually typos that would be ignored);
            // headers are open because proxies and clients add their own.
            additionalProperties: location === 'header',
        };
        params[location] = compiler.compile('coercing', operation.system, schema, `${where} ${location} parameters`);
    }
    const compileContent = (content, label) => new Map(Object.entries(content).map(([mediaType, media]) => [
        mediaType,
        media.schema
            ? compiler.compile('strict', operation.system, media.schema, `${where} ${label} ${mediaType}`)
            : undefined,
    ]));
    const body = operation.requestBody && {
        required: operation.requestBody.required,
        byMediaType: compileContent(operation.requestBody.content, 'request'),
    };
    const responses = new Map(Object.entries(operation.responses).map(([status, response]) => [
        status,
        compileContent(response.content, status),
    ]));
    return { params, ...(body ? { body } : {}), responses };
}
function validateRequest(op, parts) {
    // Copies: the coercing validators convert parameter values in place.
    const path = { ...parts.path };
    const query = { ...parts.query };
    const headers = {};
    for (const name in parts.headers)
        headers[name.toLowerCase()] = parts.headers[name];
    const violations = [];
    const add = (found) => {
        for (const violation of found)
            violations.push(violation);
    };
    add(op.params.path(path, 'path'));
    add(op.params.query(query, 'query'));
    add(op.params.header(headers, 'header'));
    if (!op.body) {
        if (parts.body !== undefined)
            violations.push(unexpectedBody('/body', 'this operation takes no request body'));
    }
    else if (parts.body === undefined) {
        if (op.body.required)
            violations.push({ pointer: '/body', code: 'REQUIRED', detail: 'a request body is required' });
    }
    else {
        const mediaType = parts.contentType ?? '';
        if (!op.body.byMediaType.has(mediaType)) {
            return err({ kind: 'unsupported-media-type', supported: [...op.body.byMediaType.keys()] });
        }
        add(op.body.byMediaType.get(mediaType)?.(parts.body, 'body') ?? NO_VIOLATIONS);
    }
    if (violations.length > 0)
        return err({ kind: 'invalid', violations });
    return ok({ path, query, headers, body: parts.body });
}
function validateResponse(op, status, contentType, body) {
    const declared = op.responses.get(String(status)) ??
        op.responses.get(`${String(status)[0]}XX`) ??
        op.responses.get('default');
    if (!declared) {
        return err([
            {
                pointer: '/response',
                code: 'UNDECLARED_STATUS',
                detail: `status ${status} is not declared`,
            },
        ]);
    }
    if (declared.size === 0) {
        return body === undefined
            ? ok(undefined)
            : err([unexpectedBody('/response', `status ${status} declares no body`)]);
    }
    const mediaType = contentType ?? '';
    if (!declared.has(mediaType)) {
        const detail = `media type "${mediaType}" is not declared for status ${status}`;
        return err([{ pointer: '/response', code: 'UNDECLARED_MEDIA_TYPE', detail }]);
    }
    const violations = declared.get(mediaType)?.(body, 'response') ?? NO_VIOLATIONS;
    return violations.length === 0 ? PASSED : err(violations);
}
const PASSED = Object.freeze(ok(undefined));
function unexpectedBody(pointer, detail) {
    return { pointer, code: 'UNEXPECTED_BODY', detail };
}
function createAjv(coerce) {
    const ajv = new Ajv2020({
        strict: true,
        allErrors: true,
        allowUnionTypes: true,
        coerceTypes: coerce ? 'array' : false,
        useDefaults: coerce,
        // Errors carry the failing schema and data, so failed alternatives can be narrowed down.
        verbose: true,
        // Start-up time: compile each referenced schema once as its own function instead of inlining
        // it into every user (about a third less compile time), and skip re-checking the schemas
        // against the meta-schema — Redocly lint does that in CI, and strict mode still refuses
        // unknown keywords and types at compile time.
        inlineRefs: false,
        validateSchema: false,
    });
    addFormats(ajv);
    // OpenAPI 3.1 annotations that may appear in schema objects.
    ajv.addVocabulary(['example', 'xml', 'externalDocs']);
    return ajv;
}
/** Rewrites `#/components/schemas/X` into the absolute `$id` form ajv knows the schema by. */
function rewriteRefs(node, system) {
    const prefix = '#/components/schemas/';
    const base = `${specSchemaId(system)}#/$defs/`;
    const walk = (value) => {
        if (Array.isArray(value))
            return value.map(walk);
        if (!isObject(value))
            return value;
        const out = {};
        for (const [key, child] of Object.entries(value)) {
            out[key] =
                key === '$ref' && typeof child === 'string' && child.startsWith(prefix)
                    ? base + child.slice(prefix.length)
                    : walk(child);
        }
        return out;
    };
    return walk(node);
}
