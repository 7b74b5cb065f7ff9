import { deref, isObject, type BundledSpec, type Json, type JsonObject } from './loader.js';
import type { SystemName } from './systems.js';

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
] as const;
/** One of {@link HTTP_METHODS}. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Where a parameter travels. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** A declared parameter, with `$ref`s followed. */
export interface ParameterSpec {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly schema: JsonObject;
  readonly example?: Json;
}

/** A body (request or response) per media type; the schema is still the bundled, `$ref`-bearing one. */
export interface BodySpec {
  readonly required: boolean;
  readonly content: Readonly<Record<string, MediaTypeSpec>>;
}

/** A media type of a body with its schema and examples. */
export interface MediaTypeSpec {
  readonly schema?: JsonObject;
  readonly examples: readonly Json[];
}

/** Everything the gateway, mocks, scenarios and verifier need to know about one operation. */
export interface OperationSpec {
  readonly operationId: string;
  readonly system: SystemName;
  /** `route` for paths the gateway serves; `webhook` for callbacks the hub sends. */
  readonly kind: 'route' | 'webhook';
  readonly method: HttpMethod;
  /** Path template (`/hotich/v1/khai-sinh/{maDangKy}`); the webhook name for webhooks. */
  readonly path: string;
  readonly summary: string;
  /** Scopes of the first security requirement; empty for public operations. */
  readonly scopes: readonly string[];
  readonly isPublic: boolean;
  readonly parameters: readonly ParameterSpec[];
  readonly requestBody?: BodySpec;
  /** Keyed by status code (`'200'`, `'4XX'`, `'default'`). */
  readonly responses: Readonly<Record<string, BodySpec>>;
}

/** The result of matching a request line against the index. */
export type RouteMatch =
  | {
      readonly kind: 'found';
      readonly operation: OperationSpec;
      /** Shared by every call that matched the same path: read it, never change it. */
      readonly params: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] };

/** All operations of all specs, keyed by `operationId`, plus a router from method + path. */
export interface OperationIndex {
  readonly operations: ReadonlyMap<string, OperationSpec>;
  readonly bySystem: ReadonlyMap<SystemName, readonly OperationSpec[]>;
  match(method: string, path: string): RouteMatch;
}

/** An operation id appears twice: a bug in `specs/`, so it is thrown. */
export class DuplicateOperationError extends Error {
  override readonly name = 'DuplicateOperationError';
}

/**
 * Builds the operation index from bundled specs. Webhooks are indexed (so their payloads can be
 * validated) but never routed.
 * @see DESIGN.md §3 ("handlers are keyed by operationId")
 */
export function buildOperationIndex(specs: readonly BundledSpec[]): OperationIndex {
  const operations = new Map<string, OperationSpec>();
  const bySystem = new Map<SystemName, OperationSpec[]>();
  const router = new Router();
  for (const spec of specs) {
    const list: OperationSpec[] = [];
    for (const operation of readOperations(spec)) {
      const existing = operations.get(operation.operationId);
      if (existing) {
        throw new DuplicateOperationError(
          `operationId ${operation.operationId} is declared by ${existing.system} and ${operation.system}`,
        );
      }
      operations.set(operation.operationId, operation);
      list.push(operation);
      if (operation.kind === 'route') router.add(operation);
    }
    bySystem.set(spec.system, list);
  }
  return { operations, bySystem, match: (method, path) => router.match(method, path) };
}

function* readOperations(spec: BundledSpec): Generator<OperationSpec> {
  const doc = spec.document;
  for (const [kind, section] of [
    ['route', doc.paths],
    ['webhook', doc.webhooks],
  ] as const) {
    if (!isObject(section)) continue;
    for (const [path, rawItem] of Object.entries(section)) {
      const item = deref(doc, rawItem);
      if (!item) continue;
      const shared = readParameters(doc, item.parameters);
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isObject(op)) continue;
        yield readOperation(spec, kind, method, path, op, shared);
      }
    }
  }
}

function readOperation(
  spec: BundledSpec,
  kind: 'route' | 'webhook',
  method: HttpMethod,
  path: string,
  op: JsonObject,
  shared: readonly ParameterSpec[],
): OperationSpec {
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
  const responses: Record<string, BodySpec> = {};
  if (isObject(op.responses)) {
    for (const [status, raw] of Object.entries(op.responses)) {
      const response = deref(doc, raw);
      if (response) responses[status] = readBody(doc, response, true);
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

function readParameters(doc: JsonObject, raw: Json | undefined): ParameterSpec[] {
  if (!Array.isArray(raw)) return [];
  const result: ParameterSpec[] = [];
  for (const entry of raw) {
    const p = deref(doc, entry);
    if (!p || typeof p.name !== 'string' || typeof p.in !== 'string') continue;
    result.push({
      name: p.name,
      in: p.in as ParameterLocation,
      required: p.required === true,
      schema: isObject(p.schema) ? p.schema : {},
      ...(p.example !== undefined ? { example: p.example } : {}),
    });
  }
  return result;
}

function readBody(doc: JsonObject, body: JsonObject, required: boolean): BodySpec {
  const content: Record<string, MediaTypeSpec> = {};
  if (isObject(body.content)) {
    for (const [mediaType, raw] of Object.entries(body.content)) {
      if (!isObject(raw)) continue;
      const examples: Json[] = [];
      if (raw.example !== undefined) examples.push(raw.example);
      if (isObject(raw.examples)) {
        for (const ex of Object.values(raw.examples)) {
          const resolved = deref(doc, ex);
          if (resolved && resolved.value !== undefined) examples.push(resolved.value);
        }
      }
      content[mediaType] = { ...(isObject(raw.schema) ? { schema: raw.schema } : {}), examples };
    }
  }
  return { required, content };
}

/** How many paths per method the router remembers before starting afresh. */
const REMEMBERED_PATHS = 1024;

/** Longer paths are matched every time (never a well-formed API path; they come from requests). */
const MAX_REMEMBERED_PATH = 256;

/** The methods whose matches are remembered (any other token is matched every time). */
const KNOWN_VERBS: ReadonlySet<string> = new Set(HTTP_METHODS.map((m) => m.toUpperCase()));

interface RouteNode {
  readonly literal: Map<string, RouteNode>;
  param?: { readonly name: string; readonly node: RouteNode };
  readonly methods: Map<string, OperationSpec>;
}

/**
 * A segment trie: literal segments win over parameters, with backtracking, and a path is only
 * taken if it serves the request method (so `GET /cong-dan/{soDinhDanh}` still answers
 * `GET /cong-dan/tra-cuu` when only `POST /cong-dan/tra-cuu` exists).
 */
class Router {
  private readonly root: RouteNode = newNode();

  add(operation: OperationSpec): void {
    let node = this.root;
    for (const segment of splitPath(operation.path)) {
      const param = /^\{(.+)\}$/.exec(segment);
      if (param) {
        const name = param[1] ?? '';
        node.param ??= { name, node: newNode() };
        node = node.param.node;
      } else {
        let next = node.literal.get(segment);
        if (!next) node.literal.set(segment, (next = newNode()));
        node = next;
      }
    }
    node.methods.set(operation.method.toUpperCase(), operation);
  }

  /**
   * Recent answers per method: clients call the same paths again and again. Bounded like the
   * mocks' remembered lookups: at most {@link REMEMBERED_PATHS} paths per method, each at most
   * {@link MAX_REMEMBERED_PATH} characters, and only for the methods HTTP defines.
   */
  private readonly recent = new Map<string, Map<string, RouteMatch>>();

  match(method: string, path: string): RouteMatch {
    const verb = method.toUpperCase();
    if (path.length > MAX_REMEMBERED_PATH || !KNOWN_VERBS.has(verb))
      return this.matchNow(verb, path);
    let byPath = this.recent.get(verb);
    if (!byPath) this.recent.set(verb, (byPath = new Map()));
    let found = byPath.get(path);
    if (!found) {
      found = Object.freeze(this.matchNow(verb, path));
      if (byPath.size >= REMEMBERED_PATHS) byPath.clear();
      byPath.set(path, found);
    }
    return found;
  }

  private matchNow(verb: string, path: string): RouteMatch {
    let segments: string[];
    try {
      segments = splitPath(path).map((s) => decodeURIComponent(s));
    } catch {
      return { kind: 'not-found' };
    }
    const params: Record<string, string> = {};
    const node = find(this.root, segments, 0, params, (n) => n.methods.has(verb));
    const operation = node?.methods.get(verb);
    if (operation) return { kind: 'found', operation, params: Object.freeze(params) };
    const other = find(this.root, segments, 0, {}, (n) => n.methods.size > 0);
    if (!other) return { kind: 'not-found' };
    const allowed = Object.freeze([...other.methods.keys()].sort());
    return { kind: 'method-not-allowed', allowed };
  }
}

function find(
  node: RouteNode,
  segments: readonly string[],
  at: number,
  params: Record<string, string>,
  accept: (node: RouteNode) => boolean,
): RouteNode | undefined {
  if (at === segments.length) return accept(node) ? node : undefined;
  const segment = segments[at] ?? '';
  const literal = node.literal.get(segment);
  if (literal) {
    const found = find(literal, segments, at + 1, params, accept);
    if (found) return found;
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

function newNode(): RouteNode {
  return { literal: new Map(), methods: new Map() };
}

function splitPath(path: string): string[] {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? [] : trimmed.split('/').slice(1);
}
