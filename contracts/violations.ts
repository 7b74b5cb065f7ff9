import type { ErrorObject } from 'ajv';
import { encodePointerToken } from './loader.js';

/** One contract violation, with a JSON pointer into the request or response. */
export interface Violation {
  /** `/body/treEm/ngaySinh`, `/query/soLuong`, `/path/maHoSo`, `/header/x-muc-dich`. */
  readonly pointer: string;
  /** Stable code: REQUIRED, TYPE, FORMAT, PATTERN, ENUM, UNKNOWN_PROPERTY, … */
  readonly code: string;
  readonly detail: string;
}

/** Where a value was found, used as the first pointer token. */
export type ValueLocation = 'body' | 'query' | 'path' | 'header' | 'response';

const CODES: Readonly<Record<string, string>> = {
  required: 'REQUIRED',
  type: 'TYPE',
  format: 'FORMAT',
  pattern: 'PATTERN',
  enum: 'ENUM',
  const: 'CONST',
  additionalProperties: 'UNKNOWN_PROPERTY',
  unevaluatedProperties: 'UNKNOWN_PROPERTY',
  minLength: 'MIN_LENGTH',
  maxLength: 'MAX_LENGTH',
  minimum: 'MINIMUM',
  maximum: 'MAXIMUM',
  exclusiveMinimum: 'MINIMUM',
  exclusiveMaximum: 'MAXIMUM',
  minItems: 'MIN_ITEMS',
  maxItems: 'MAX_ITEMS',
  uniqueItems: 'UNIQUE_ITEMS',
  minProperties: 'MIN_PROPERTIES',
  maxProperties: 'MAX_PROPERTIES',
  oneOf: 'ONE_OF',
  anyOf: 'ANY_OF',
  not: 'NOT',
  dependentRequired: 'REQUIRED',
  multipleOf: 'MULTIPLE_OF',
};

/**
 * Turns ajv errors into violations with JSON pointers, one per offending field.
 * When a `oneOf`/`anyOf` fails, only the errors of the alternative that came closest are kept, so
 * a group-1 dossier with a bad date reports the date, not every rule of the group-2 alternative.
 */
export function toViolations(
  errors: readonly ErrorObject[] | null | undefined,
  location: ValueLocation,
): Violation[] {
  if (!errors || errors.length === 0) return [];
  const kept = pruneAlternatives(errors);
  const seen = new Set<string>();
  const result: Violation[] = [];
  for (const error of kept) {
    const violation = toViolation(error, location);
    const key = `${violation.pointer}|${violation.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(violation);
  }
  return result;
}

function toViolation(error: ErrorObject, location: ValueLocation): Violation {
  let pointer = `/${location}${error.instancePath}`;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' || error.keyword === 'dependentRequired') {
    pointer += `/${encodePointerToken(String(params.missingProperty))}`;
  } else if (error.keyword === 'additionalProperties') {
    pointer += `/${encodePointerToken(String(params.additionalProperty))}`;
  } else if (error.keyword === 'unevaluatedProperties') {
    pointer += `/${encodePointerToken(String(params.unevaluatedProperty))}`;
  }
  const code =
    CODES[error.keyword] ?? error.keyword.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return { pointer, code, detail: describe(error) };
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `missing required property "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `property "${String(params.additionalProperty)}" is not allowed by the contract`;
    case 'unevaluatedProperties':
      return `property "${String(params.unevaluatedProperty)}" is not allowed by the contract`;
    case 'enum':
      return `must be one of ${JSON.stringify(params.allowedValues)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** Keeps, for each failing `oneOf`/`anyOf`, only the branch with the fewest errors. */
function pruneAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (combinators.length === 0) return [...errors];
  let remaining = [...errors];
  for (const combinator of combinators) {
    const prefix = `${combinator.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of remaining) {
      if (!error.schemaPath.startsWith(prefix)) continue;
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      const list = branches.get(branch) ?? [];
      list.push(error);
      branches.set(branch, list);
    }
    if (branches.size === 0) continue;
    const best = [...branches.values()].reduce((a, b) => (b.length < a.length ? b : a));
    const bestSet = new Set(best);
    remaining = remaining.filter(
      (e) => e !== combinator && (!e.schemaPath.startsWith(prefix) || bestSet.has(e)),
    );
  }
  return remaining;
}
