import fc from 'fast-check';

/** A JSON value as `JSON.parse` returns it. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A request body to send: a JSON value, or raw text that may not be JSON at all. */
export type FuzzBody =
  | { readonly kind: 'json'; readonly value: JsonValue }
  | { readonly kind: 'raw'; readonly text: string };

/** One change to a valid example; `at` picks the node (modulo the number of candidates). */
type Mutation =
  | { readonly op: 'drop'; readonly at: number }
  | { readonly op: 'replace'; readonly at: number; readonly value: JsonValue }
  | { readonly op: 'extra'; readonly at: number; readonly key: string; readonly value: JsonValue }
  | { readonly op: 'numberAsString'; readonly at: number }
  | { readonly op: 'wrapInArray'; readonly at: number };

type Path = readonly (string | number)[];

/** Keys that trip naive object handling (prototype pollution, `$ref` resolution, empty keys). */
const NASTY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '$ref',
  '',
  'toString',
  'hasOwnProperty',
];

/** Strings that look like the values the specs expect, but are not. */
const NEAR_MISSES = [
  '2026-02-30',
  '2026-13-01T25:61:00+07:00',
  '0000-00-00',
  '038090001234 ',
  '03809000123',
  '0380900012345',
  '000.00.00.H38-260915-0007-XX',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '\u0000',
  '\u202e\u200b',
  'Nguyễn\u0301\u0301\u0301',
  '<script>alert(1)</script>',
  "'; DROP TABLE cong_dan; --",
  '../../etc/passwd',
  '%00',
];

function nested(depth: number, wrapInObject: boolean): JsonValue {
  let value: JsonValue = 'đáy';
  for (let i = 0; i < depth; i += 1) value = wrapInObject ? { a: value } : [value];
  return value;
}

/** Values nobody's schema expects: wrong types, huge and odd strings, deep nesting, extremes. */
export function hostileValue(): fc.Arbitrary<JsonValue> {
  return fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.constantFrom(0, -0, -1, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, 5e-324),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...NEAR_MISSES),
    fc.integer().map(String),
    fc
      .tuple(fc.integer({ min: 10_000, max: 300_000 }), fc.constantFrom('x', 'Ệ', '😀', '\u0300'))
      .map(([n, unit]) => unit.repeat(n)),
    fc.tuple(fc.integer({ min: 20, max: 2_000 }), fc.boolean()).map(([d, o]) => nested(d, o)),
    fc.constant<JsonValue>([]),
    fc.constant<JsonValue>({}),
    fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>,
  );
}

function mutation(): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ op: fc.constant('drop' as const), at }),
    fc.record({ op: fc.constant('replace' as const), at, value: hostileValue() }),
    fc.record({
      op: fc.constant('extra' as const),
      at,
      key: fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 12 })),
      value: hostileValue(),
    }),
    fc.record({ op: fc.constant('numberAsString' as const), at }),
    fc.record({ op: fc.constant('wrapInArray' as const), at }),
  );
}

/**
 * Invalid (or at least unexpected) bodies derived from a valid example: one to three mutations
 * — a field dropped, replaced by a hostile value, an extra property, a number sent as a string,
 * a value wrapped in an array — or a body that is not the example at all (random JSON, a JSON
 * scalar or array at the top, text that is not JSON).
 */
export function invalidBodyFrom(example: JsonValue): fc.Arbitrary<FuzzBody> {
  const mutated = fc
    .array(mutation(), { minLength: 1, maxLength: 3 })
    .map((mutations): FuzzBody => ({ kind: 'json', value: applyAll(example, mutations) }));
  const unrelated = fc.oneof(
    fc
      .jsonValue({ maxDepth: 4 })
      .map((value): FuzzBody => ({ kind: 'json', value: value as JsonValue })),
    hostileValue().map((value): FuzzBody => ({ kind: 'json', value })),
    fc.string({ unit: 'grapheme', maxLength: 60 }).map((text): FuzzBody => ({ kind: 'raw', text })),
    fc
      .constantFrom('{', '{"a":}', '[1,]', '{"a":1}}', 'nul', '\uFEFF{}', '{"a":"\\ud800"}', '')
      .map((text): FuzzBody => ({ kind: 'raw', text })),
  );
  return fc.oneof({ arbitrary: mutated, weight: 4 }, { arbitrary: unrelated, weight: 1 });
}

/** The text of a body as it goes on the wire. */
export function bodyText(body: FuzzBody): string {
  return body.kind === 'raw' ? body.text : JSON.stringify(body.value);
}

function applyAll(example: JsonValue, mutations: readonly Mutation[]): JsonValue {
  let value = structuredClone(example);
  for (const m of mutations) value = apply(value, m);
  return value;
}

function apply(root: JsonValue, m: Mutation): JsonValue {
  switch (m.op) {
    case 'drop': {
      const paths = pathsOf(root).filter((p) => p.length > 0);
      const path = pick(paths, m.at);
      if (!path) return root;
      const parent = get(root, path.slice(0, -1));
      const key = path[path.length - 1] as string | number;
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (isObject(parent)) Reflect.deleteProperty(parent, key);
      return root;
    }
    case 'replace':
      // A copy: later mutations must not edit a value fast-check may replay while shrinking.
      return set(root, pick(pathsOf(root), m.at) ?? [], structuredClone(m.value));
    case 'extra': {
      const objects = pathsOf(root).filter((p) => isObject(get(root, p)));
      const path = pick(objects, m.at);
      const target = path ? get(root, path) : undefined;
      if (isObject(target)) {
        define(target, m.key, structuredClone(m.value));
      }
      return root;
    }
    case 'numberAsString': {
      const numbers = pathsOf(root).filter((p) => typeof get(root, p) === 'number');
      const path = pick(numbers, m.at);
      return path ? set(root, path, String(get(root, path))) : root;
    }
    case 'wrapInArray': {
      const path = pick(pathsOf(root), m.at) ?? [];
      return set(root, path, [get(root, path) ?? null]);
    }
  }
}

function pathsOf(value: JsonValue, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...prefix, i])));
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...prefix, k]));
  }
  return paths;
}

function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length === 0 ? undefined : items[at % items.length];
}

function get(root: JsonValue, path: Path): JsonValue | undefined {
  let node: JsonValue | undefined = root;
  for (const key of path) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

function set(root: JsonValue, path: Path, value: JsonValue): JsonValue {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1));
  const key = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent[Number(key)] = value;
  else if (isObject(parent)) define(parent, String(key), value);
  return root;
}

/** Sets an own key, even `__proto__` (a plain assignment would set the prototype instead). */
function define(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
