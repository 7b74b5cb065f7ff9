import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject, type BundledSpec, type Json, type JsonObject } from './loader.js';
import type { OperationIndex, OperationSpec, ParameterLocation } from './operation-index.js';
import { err, ok, type Result } from './result.js';
import type { SystemName } from './systems.js';
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
  /** How many distinct validators were compiled. */
  readonly compiledCount: number;
}

/** A schema in `specs/` that ajv refuses in strict mode: a bug, so it is thrown with the place. */
export class SchemaCompileError extends Error {
  override readonly name = 'SchemaCompileError';
}

const PARAM_LOCATIONS = ['path', 'query', 'header'] as const satisfies readonly ParameterLocation[];

interface CompiledOperation {
  readonly params: Readonly<Record<(typeof PARAM_LOCATIONS)[number], ValidateFunction>>;
  readonly body?: {
    readonly required: boolean;
    readonly byMediaType: ReadonlyMap<string, ValidateFunction | undefined>;
  };
  readonly responses: ReadonlyMap<string, ReadonlyMap<string, ValidateFunction | undefined>>;
}

/** The `$id` under which a system's component schemas are registered with ajv. */
export function specSchemaId(system: SystemName): string {
  return `urn:lienthong-sandbox:spec:${system}`;
}

/**
 * Compiles every operation's parameter, body and response validators with ajv 8 (JSON Schema
 * 2020-12, strict mode, formats). Bodies are validated as sent; parameters are coerced from their
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
  const cache = new Map<string, ValidateFunction>();
  const compile = (
    ajv: Ajv2020,
    system: SystemName,
    schema: Json,
    where: string,
  ): ValidateFunction => {
    const rewritten = rewriteRefs(schema, system);
    const key = `${ajv === strict ? 's' : 'c'}|${JSON.stringify(rewritten)}`;
    const cached = cache.get(key);
    if (cached) return cached;
    try {
      const fn = ajv.compile(rewritten as JsonObject);
      cache.set(key, fn);
      return fn;
    } catch (cause) {
      throw new SchemaCompileError(`${where}: ${(cause as Error).message}`, { cause });
    }
  };

  const compiled = new Map<string, CompiledOperation>();
  for (const operation of index.operations.values()) {
    compiled.set(operation.operationId, compileOperation(operation, strict, coercing, compile));
  }

  return {
    compiledCount: cache.size,
    validateRequest(operationId, parts) {
      const op = required(compiled, operationId);
      return validateRequest(op, parts);
    },
    validateRequestBody(operationId, contentType, body) {
      const op = required(compiled, operationId);
      if (!op.body)
        return [
          {
            pointer: '/body',
            code: 'UNEXPECTED_BODY',
            detail: 'this operation takes no request body',
          },
        ];
      if (!op.body.byMediaType.has(contentType)) {
        return [
          {
            pointer: '/body',
            code: 'UNSUPPORTED_MEDIA_TYPE',
            detail: `declared media types: ${[...op.body.byMediaType.keys()].join(', ')}`,
          },
        ];
      }
      const fn = op.body.byMediaType.get(contentType);
      return fn && !fn(body) ? toViolations(fn.errors, 'body') : [];
    },
    validateResponse(operationId, status, contentType, body) {
      const op = required(compiled, operationId);
      return validateResponse(op, status, contentType, body);
    },
    validateValue(system, schema, value) {
      const fn = compile(strict, system, schema, `value of ${system}`);
      return fn(value) ? [] : toViolations(fn.errors, 'body');
    },
  };
}

type Compile = (ajv: Ajv2020, system: SystemName, schema: Json, where: string) => ValidateFunction;

function compileOperation(
  operation: OperationSpec,
  strict: Ajv2020,
  coercing: Ajv2020,
  compile: Compile,
): CompiledOperation {
  const where = `${operation.system}.yaml ${operation.operationId}`;
  const params = {} as Record<(typeof PARAM_LOCATIONS)[number], ValidateFunction>;
  for (const location of PARAM_LOCATIONS) {
    const declared = operation.parameters.filter((p) => p.in === location);
    const properties: JsonObject = {};
    const requiredNames: string[] = [];
    for (const p of declared) {
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
    params[location] = compile(
      coercing,
      operation.system,
      schema,
      `${where} ${location} parameters`,
    );
  }
  const body = operation.requestBody && {
    required: operation.requestBody.required,
    byMediaType: compileContent(
      operation.requestBody.content,
      strict,
      operation,
      compile,
      `${where} request`,
    ),
  };
  const responses = new Map<string, ReadonlyMap<string, ValidateFunction | undefined>>();
  for (const [status, response] of Object.entries(operation.responses)) {
    responses.set(
      status,
      compileContent(response.content, strict, operation, compile, `${where} ${status}`),
    );
  }
  return { params, ...(body ? { body } : {}), responses };
}

function compileContent(
  content: OperationSpec['responses'][string]['content'],
  ajv: Ajv2020,
  operation: OperationSpec,
  compile: Compile,
  where: string,
): Map<string, ValidateFunction | undefined> {
  const result = new Map<string, ValidateFunction | undefined>();
  for (const [mediaType, media] of Object.entries(content)) {
    result.set(
      mediaType,
      media.schema
        ? compile(ajv, operation.system, media.schema, `${where} ${mediaType}`)
        : undefined,
    );
  }
  return result;
}

function validateRequest(
  op: CompiledOperation,
  parts: RequestParts,
): Result<ValidatedRequest, RequestRejection> {
  const violations: Violation[] = [];
  const path: Record<string, unknown> = { ...parts.path };
  const query: Record<string, unknown> = { ...parts.query };
  const headers: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parts.headers)) headers[name.toLowerCase()] = value;
  const values = { path, query, header: headers };
  for (const location of PARAM_LOCATIONS) {
    const fn = op.params[location];
    if (!fn(values[location]))
      violations.push(...toViolations(fn.errors, location as ValueLocation));
  }
  const hasBody = parts.body !== undefined;
  if (!op.body) {
    if (hasBody)
      violations.push({
        pointer: '/body',
        code: 'UNEXPECTED_BODY',
        detail: 'this operation takes no request body',
      });
  } else if (!hasBody) {
    if (op.body.required)
      violations.push({ pointer: '/body', code: 'REQUIRED', detail: 'a request body is required' });
  } else {
    const mediaType = parts.contentType ?? '';
    if (!op.body.byMediaType.has(mediaType)) {
      return err({ kind: 'unsupported-media-type', supported: [...op.body.byMediaType.keys()] });
    }
    const fn = op.body.byMediaType.get(mediaType);
    if (fn && !fn(parts.body)) violations.push(...toViolations(fn.errors, 'body'));
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
      : err([
          {
            pointer: '/response',
            code: 'UNEXPECTED_BODY',
            detail: `status ${status} declares no body`,
          },
        ]);
  }
  const mediaType = contentType ?? '';
  if (!declared.has(mediaType)) {
    return err([
      {
        pointer: '/response',
        code: 'UNDECLARED_MEDIA_TYPE',
        detail: `media type "${mediaType}" is not declared for status ${status}`,
      },
    ]);
  }
  const fn = declared.get(mediaType);
  if (fn && !fn(body)) return err(toViolations(fn.errors, 'response'));
  return ok(undefined);
}

function createAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: coerce,
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

function required(
  compiled: ReadonlyMap<string, CompiledOperation>,
  operationId: string,
): CompiledOperation {
  const op = compiled.get(operationId);
  if (!op) throw new Error(`unknown operationId ${operationId}`);
  return op;
}
