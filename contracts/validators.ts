import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject, type BundledSpec, type Json, type JsonObject } from './loader.js';
import type { OperationIndex, OperationSpec, ParameterLocation } from './operation-index.js';
import { err, ok, type Result } from './result.js';
import type { SystemName } from './systems.js';
import { narrowAlternatives } from './alternatives.js';
import { toViolations, type ValueLocation, type Violation } from './violations.js';

// ajv-formats is CommonJS with a default export; under NodeNext it arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** A request as the validator sees it: already parsed, not yet trusted. */
export interface RequestParts {
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  /** Header names in any case; values as received. */
  readonly headers: Readonly<Record<string, unknown>>;
  /** Media type of the body without parameters (`application/json`), if a body was sent. */
  readonly contentType?: string;
  /** `undefined` when no body was sent. */
  readonly body?: unknown;
}

/** A request after validation: parameters coerced to their declared types, defaults applied. */
export interface ValidatedRequest {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, unknown>;
  readonly body: unknown;
}

/** Why a request failed validation. */
export type RequestRejection =
  | { readonly kind: 'invalid'; readonly violations: readonly Violation[] }
  | { readonly kind: 'unsupported-media-type'; readonly supported: readonly string[] };

/** Validators compiled once, keyed by `operationId`. */
export interface ValidatorRegistry {
  validateRequest(
    operationId: string,
    parts: RequestParts,
  ): Result<ValidatedRequest, RequestRejection>;
  /** Validates only a request body (as `lienthong contracts validate` does). */
  validateRequestBody(
    operationId: string,
    contentType: string,
    body: unknown,
  ): readonly Violation[];
  validateResponse(
    operationId: string,
    status: number,
    contentType: string | undefined,
    body: unknown,
  ): Result<void, readonly Violation[]>;
  /** Validates any value against a schema of a system (examples, scenario expectations). */
  validateValue(system: SystemName, schema: JsonObject, value: unknown): readonly Violation[];
  /** Compiles a schema of a system once into a reusable check (for hot paths). */
  compileValue(system: SystemName, schema: JsonObject): (value: unknown) => readonly Violation[];
  /** How many distinct validators were compiled. */
  readonly compiledCount: number;
}

/** A schema in `specs/` that ajv refuses in strict mode: a bug, so it is thrown with the place. */
export class SchemaCompileError extends Error {
  override readonly name = 'SchemaCompileError';
}

const PARAM_LOCATIONS = ['path', 'query', 'header'] as const satisfies readonly ParameterLocation[];
type ParamLocation = (typeof PARAM_LOCATIONS)[number];

/** A compiled schema: validates a value and explains each failure as violations. */
type Check = (value: unknown, location: ValueLocation) => readonly Violation[];

/** The answer of every check that passes (shared: checks run on every request). */
const NO_VIOLATIONS: readonly Violation[] = Object.freeze([]);

interface CompiledOperation {
  readonly params: Readonly<Record<ParamLocation, Check>>;
  readonly body?: {
    readonly required: boolean;
    readonly byMediaType: ReadonlyMap<string, Check | undefined>;
  };
  readonly responses: ReadonlyMap<string, ReadonlyMap<string, Check | undefined>>;
}

/** The `$id` under which a system's component schemas are registered with ajv. */
export function specSchemaId(system: SystemName): string {
  return `urn:lienthong-sandbox:spec:${system}`;
}

/**
 * Compiles each operation's parameter, body and response validators with ajv 8 (JSON Schema
 * 2020-12, strict mode, formats) on its first use, once. Bodies are validated as sent; parameters are coerced from their
 * string form to the declared types (so `?soLuong=20` becomes a number) by a second instance.
 * @see STYLE.md rule 3
 */
export function createValidatorRegistry(
  specs: readonly BundledSpec[],
  index: OperationIndex,
): ValidatorRegistry {
  const strict = createAjv(false);
  const coercing = createAjv(true);
  for (const spec of specs) {
    const schemas = (spec.document.components as JsonObject | undefined)?.schemas;
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
  const compiled = new Map<string, CompiledOperation>();
  const required = (operationId: string): CompiledOperation => {
    let op = compiled.get(operationId);
    if (op) return op;
    const operation = index.operations.get(operationId);
    if (!operation) throw new Error(`unknown operationId ${operationId}`);
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
      if (!op.body) return [unexpectedBody('/body', 'this operation takes no request body')];
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
    validateResponse: (operationId, status, contentType, body) =>
      validateResponse(required(operationId), status, contentType, body),
    compileValue(system, schema) {
      const check = compiler.compile('strict', system, schema, `value of ${system}`);
      return (value) => check(value, 'body');
    },
    validateValue: (system, schema, value) =>
      compiler.compile('strict', system, schema, `value of ${system}`)(value, 'body'),
  };
}

interface Compiler {
  compile(mode: 'strict' | 'coercing', system: SystemName, schema: Json, where: string): Check;
  size(): number;
}

/** Compiles schemas into checks, once per distinct schema, and explains failed alternatives. */
function createCompiler(strict: Ajv2020, coercing: Ajv2020): Compiler {
  const cache = new Map<string, Check>();
  const branchCache = new WeakMap<object, ValidateFunction>();
  const branchValidator = (ajv: Ajv2020) => (branch: object, data: unknown) => {
    let fn = branchCache.get(branch);
    if (!fn) branchCache.set(branch, (fn = ajv.compile(branch)));
    return fn(data) ? [] : (fn.errors ?? []);
  };
  const validators = { strict: branchValidator(strict), coercing: branchValidator(coercing) };
  return {
    size: () => cache.size,
    compile(mode, system, schema, where) {
      const rewritten = rewriteRefs(schema, system);
      const key = `${mode}|${JSON.stringify(rewritten)}`;
      const cached = cache.get(key);
      if (cached) return cached;
      let fn: ValidateFunction;
      try {
        fn = (mode === 'strict' ? strict : coercing).compile(rewritten as JsonObject);
      } catch (cause) {
        throw new SchemaCompileError(`${where}: ${(cause as Error).message}`, { cause });
      }
      const check: Check = (value, location) =>
        fn(value)
          ? NO_VIOLATIONS
          : toViolations(narrowAlternatives(fn.errors ?? [], validators[mode]), location);
      cache.set(key, check);
      return check;
    },
  };
}

function compileOperation(operation: OperationSpec, compiler: Compiler): CompiledOperation {
  const where = `${operation.system}.yaml ${operation.operationId}`;
  const params = {} as Record<ParamLocation, Check>;
  for (const location of PARAM_LOCATIONS) {
    const properties: JsonObject = {};
    const requiredNames: string[] = [];
    for (const p of operation.parameters.filter((param) => param.in === location)) {
      const name = location === 'header' ? p.name.toLowerCase() : p.name;
      properties[name] = p.schema;
      if (p.required || location === 'path') requiredNames.push(name);
    }
    const schema: JsonObject = {
      type: 'object',
      properties,
      required: requiredNames,
      // Unknown query parameters are refused (they are usually typos that would be ignored);
      // headers are open because proxies and clients add their own.
      additionalProperties: location === 'header',
    };
    params[location] = compiler.compile(
      'coercing',
      operation.system,
      schema,
      `${where} ${location} parameters`,
    );
  }
  const compileContent = (content: OperationSpec['responses'][string]['content'], label: string) =>
    new Map(
      Object.entries(content).map(([mediaType, media]) => [
        mediaType,
        media.schema
          ? compiler.compile(
              'strict',
              operation.system,
              media.schema,
              `${where} ${label} ${mediaType}`,
            )
          : undefined,
      ]),
    );
  const body = operation.requestBody && {
    required: operation.requestBody.required,
    byMediaType: compileContent(operation.requestBody.content, 'request'),
  };
  const responses = new Map(
    Object.entries(operation.responses).map(([status, response]) => [
      status,
      compileContent(response.content, status),
    ]),
  );
  return { params, ...(body ? { body } : {}), responses };
}

function validateRequest(
  op: CompiledOperation,
  parts: RequestParts,
): Result<ValidatedRequest, RequestRejection> {
  // Copies: the coercing validators convert parameter values in place.
  const path: Record<string, unknown> = { ...parts.path };
  const query: Record<string, unknown> = { ...parts.query };
  const headers: Record<string, unknown> = {};
  for (const name in parts.headers) headers[name.toLowerCase()] = parts.headers[name];
  const violations: Violation[] = [];
  const add = (found: readonly Violation[]) => {
    for (const violation of found) violations.push(violation);
  };
  add(op.params.path(path, 'path'));
  add(op.params.query(query, 'query'));
  add(op.params.header(headers, 'header'));
  if (!op.body) {
    if (parts.body !== undefined)
      violations.push(unexpectedBody('/body', 'this operation takes no request body'));
  } else if (parts.body === undefined) {
    if (op.body.required)
      violations.push({ pointer: '/body', code: 'REQUIRED', detail: 'a request body is required' });
  } else {
    const mediaType = parts.contentType ?? '';
    if (!op.body.byMediaType.has(mediaType)) {
      return err({ kind: 'unsupported-media-type', supported: [...op.body.byMediaType.keys()] });
    }
    add(op.body.byMediaType.get(mediaType)?.(parts.body, 'body') ?? NO_VIOLATIONS);
  }
  if (violations.length > 0) return err({ kind: 'invalid', violations });
  return ok({ path, query, headers, body: parts.body });
}

function validateResponse(
  op: CompiledOperation,
  status: number,
  contentType: string | undefined,
  body: unknown,
): Result<void, readonly Violation[]> {
  const declared =
    op.responses.get(String(status)) ??
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

const PASSED: Result<void, readonly Violation[]> = Object.freeze(ok(undefined));

function unexpectedBody(pointer: string, detail: string): Violation {
  return { pointer, code: 'UNEXPECTED_BODY', detail };
}

function createAjv(coerce: boolean): Ajv2020 {
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
function rewriteRefs<T extends Json>(node: T, system: SystemName): T {
  const prefix = '#/components/schemas/';
  const base = `${specSchemaId(system)}#/$defs/`;
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isObject(value)) return value;
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] =
        key === '$ref' && typeof child === 'string' && child.startsWith(prefix)
          ? base + child.slice(prefix.length)
          : walk(child);
    }
    return out;
  };
  return walk(node) as T;
}
