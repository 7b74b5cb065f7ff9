import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { err, ok, type Result } from '../contracts/result.js';
import type { Json, Scenario, SourcePosition } from './model.js';
import { toScenario } from './run/to-model.js';
import schema from './schema.json' with { type: 'json' };

// ajv-formats is CommonJS with a default export; under NodeNext it arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** Why a scenario file could not be loaded: where, which field, and what is wrong. */
export interface LoadError {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** JSON pointer of the field (`/steps/2/call`), `''` for the whole file. */
  readonly pointer: string;
  readonly message: string;
}

/** `file:line:column: /pointer: message`, as editors and CI logs link it. */
export function formatLoadError(error: LoadError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  return error.pointer
    ? `${where}: ${error.pointer}: ${error.message}`
    : `${where}: ${error.message}`;
}

/** The step kinds and check kinds: each step or check has exactly one of these keys. */
export const STEP_KINDS = ['call', 'advance', 'waitFor', 'officer', 'citizen'] as const;
export const CHECK_KINDS = ['dossier', 'events', 'received', 'call'] as const;

let compiled: { readonly ajv: Ajv2020; readonly validate: ValidateFunction } | undefined;

/** The scenario schema, compiled on first use (`lienthong serve` never needs it). */
function compiledSchema(): { readonly ajv: Ajv2020; readonly validate: ValidateFunction } {
  if (compiled) return compiled;
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
  });
  addFormats(ajv);
  compiled = { ajv, validate: ajv.compile(schema) };
  return compiled;
}

const scenarioAjv = (): Ajv2020 => compiledSchema().ajv;
const scenarioValidator = (): ValidateFunction => compiledSchema().validate;

/**
 * Reads, parses and validates a scenario file against `scenarios/schema.json`.
 * @see scenarios/README.md; docs/decisions/0008-scenarios.md §1
 */
export function loadScenario(file: string): Result<Scenario, LoadError[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    return err([
      { file, line: 1, column: 1, pointer: '', message: `cannot read the file (${reason})` },
    ]);
  }
  return parseScenario(file, text);
}

/** {@link loadScenario} on text already read (`file` names it in errors). */
export function parseScenario(file: string, text: string): Result<Scenario, LoadError[]> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return err(
      doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return {
          file,
          line,
          column: col,
          pointer: '',
          message: `YAML syntax: ${firstLine(e.message)}`,
        };
      }),
    );
  }
  const value = doc.toJS({ maxAliasCount: 100 }) as Json;
  const at = (pointer: string, key?: string): SourcePosition =>
    positionOf(doc, lines, file, pointer, key);
  const errors = kindErrors(value, at);
  const validate = scenarioValidator();
  if (!validate(value)) {
    const bad = errors.map((e) => e.pointer);
    const others = schemaErrors(value, validate.errors ?? [], at);
    errors.push(...others.filter((e) => !bad.some((p) => within(e.pointer, p))));
  }
  if (errors.length > 0) return err(dedupe(errors).map((e) => ({ ...e, file })));
  const scenario = toScenario(file, value as Record<string, Json>, at);
  const refs = personErrors(scenario, at);
  return refs.length > 0 ? err(refs) : ok(scenario);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

type At = (pointer: string, key?: string) => SourcePosition;

/** Steps and checks with none or several kind keys, named plainly before the schema's oneOf noise. */
function kindErrors(value: Json, at: At): LoadError[] {
  const errors: LoadError[] = [];
  if (!isRecord(value)) return errors;
  const lists = [
    ['steps', STEP_KINDS],
    ['then', CHECK_KINDS],
  ] as const;
  for (const [list, kinds] of lists) {
    const items = value[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (!isRecord(item)) return;
      const found = kinds.filter((k) => k in item);
      if (found.length === 1) return;
      const pointer = `/${list}/${index}`;
      const what = list === 'steps' ? 'a step' : 'a check';
      const message =
        found.length === 0
          ? `${what} needs exactly one of ${kinds.join(', ')} (found none: ${Object.keys(item).join(', ') || 'empty'})`
          : `${what} needs exactly one of ${kinds.join(', ')} (found ${found.join(' and ')})`;
      errors.push({ ...at(pointer, found[1]), pointer, message });
    });
  }
  return errors;
}

/**
 * Ajv errors with positions. A step or check with one kind key is validated against that kind's
 * schema alone, so its errors are not buried under the other kinds' `oneOf` branches.
 */
function schemaErrors(value: Json, raw: readonly ErrorObject[], at: At): LoadError[] {
  const items = kindedItems(value);
  const outside = raw.filter((e) => !items.some((i) => within(e.instancePath, i.pointer)));
  const inside = items.flatMap((item) => {
    const check = validatorsByKind()[item.kind] as ValidateFunction;
    if (check(item.value)) return [];
    return (check.errors ?? []).map((e) => ({ ...e, instancePath: item.pointer + e.instancePath }));
  });
  const all = [...outside, ...inside];
  // Branch summaries, and wrong-type errors of a value whose members have errors, are noise.
  const specific = all.filter(
    (e) =>
      !['oneOf', 'anyOf', 'not', 'if'].includes(e.keyword) &&
      !(e.keyword === 'type' && all.some((o) => o.instancePath.startsWith(`${e.instancePath}/`))),
  );
  return (specific.length > 0 ? specific : all).map((e) => describe(e, at));
}

let kindValidators: Record<string, ValidateFunction> | undefined;

/** Kind name → the validator of that step or check schema (`advanceStep`, `dossierCheck` …). */
function validatorsByKind(): Record<string, ValidateFunction> {
  if (kindValidators) return kindValidators;
  const ajv = scenarioAjv();
  kindValidators = Object.fromEntries(
    [
      ...STEP_KINDS.map((k) => [k, `${k}Step`]),
      ...CHECK_KINDS.filter((k) => k !== 'call').map((k) => [k, `${k}Check`]),
    ].map(([kind, def]) => [kind, ajv.getSchema(`${schema.$id}#/$defs/${def}`)]),
  ) as Record<string, ValidateFunction>;
  return kindValidators;
}

function kindedItems(value: Json): { pointer: string; kind: string; value: Json }[] {
  if (!isRecord(value)) return [];
  return (['steps', 'then'] as const).flatMap((list) => {
    const items = value[list];
    if (!Array.isArray(items)) return [];
    const kinds: readonly string[] = list === 'steps' ? STEP_KINDS : CHECK_KINDS;
    return items.flatMap((item, index) => {
      if (!isRecord(item)) return [];
      const found = kinds.filter((k) => k in item);
      if (found.length !== 1) return [];
      return [{ pointer: `/${list}/${index}`, kind: found[0] as string, value: item }];
    });
  });
}

function within(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}

function describe(e: ErrorObject, at: At): LoadError {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const pointer = `${e.instancePath}/${escape(key)}`;
      return { ...at(e.instancePath, key), pointer, message: `unknown key "${key}"` };
    }
    case 'required': {
      const key = String(params.missingProperty);
      return { ...at(e.instancePath), pointer: e.instancePath, message: `missing "${key}"` };
    }
    case 'enum':
      return {
        ...at(e.instancePath),
        pointer: e.instancePath,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    default:
      return { ...at(e.instancePath), pointer: e.instancePath, message: e.message ?? e.keyword };
  }
}

/** Forms and people references that name nobody in `given.people`. */
function personErrors(scenario: Scenario, at: At): LoadError[] {
  const people = scenario.given.people ?? {};
  const errors: LoadError[] = [];
  const items = [
    ...scenario.steps.map((s, i) => ['steps', i, s] as const),
    ...scenario.then.map((c, i) => ['then', i, c] as const),
  ];
  for (const [list, index, item] of items) {
    if (item.kind !== 'call' || !item.form) continue;
    for (const role of ['person', 'requester'] as const) {
      const name = item.form[role];
      if (name === undefined || name in people) continue;
      const pointer = `/${list}/${index}/form/${role}`;
      errors.push({ ...at(pointer), pointer, message: `no person "${name}" in given.people` });
    }
  }
  return errors;
}

/** Where the node at a JSON pointer starts (or, with `key`, where that key of the map is). */
function positionOf(
  doc: Document,
  lines: LineCounter,
  file: string,
  pointer: string,
  key?: string,
): SourcePosition {
  const path = pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
  const segments = key === undefined ? path : [...path, key];
  let node: Node | null = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const [index, segment] of segments.entries()) {
    const next = child(node, segment);
    if (!next) break;
    node = next.node;
    // A key asked for by name points at the key; any other field at its value.
    const last = index === segments.length - 1;
    offset = last && key !== undefined ? next.keyOffset : (node?.range?.[0] ?? next.keyOffset);
  }
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col };
}

function child(
  node: Node | null,
  segment: string,
): { node: Node | null; keyOffset: number } | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = pair.key as Node | null;
      const name = k && 'value' in k ? String((k as { value: unknown }).value) : String(k);
      if (name !== segment) continue;
      const keyOffset = k?.range?.[0] ?? node.range?.[0] ?? 0;
      return { node: pair.value as Node | null, keyOffset };
    }
    return null;
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)] as Node | undefined;
    return item ? { node: item, keyOffset: item.range?.[0] ?? 0 } : null;
  }
  return null;
}

function dedupe(errors: readonly Omit<LoadError, 'file'>[]): Omit<LoadError, 'file'>[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const id = `${e.pointer}|${e.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function escape(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescape(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
