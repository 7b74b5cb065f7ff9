import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContracts } from './contracts.js';
import { deref, isObject, type Json, type JsonObject } from './loader.js';
import { specsDir } from './package-root.js';
import { SYSTEMS } from './systems.js';

const contracts = loadContracts();
const operations = [...contracts.index.operations.values()];
const routes = operations.filter((op) => op.kind === 'route');
const PUBLIC_OPERATIONS =
  /GetHealth$|^sandbox(IssueToken|GetJwks|GetLiveness|GetReadiness|GetMetrics)$/;
const BILINGUAL = /\S.* \/ \S/;
/** Error answers that follow another standard: RFC 6749 §5.2 token errors, the readiness report. */
const NON_PROBLEM_ERRORS = new Set([
  'sandboxIssueToken 400',
  'sandboxIssueToken 401',
  'sandboxGetReadiness 503',
]);

describe('the contracts', () => {
  it('cover at least 60 operations across the ten documents', () => {
    expect(contracts.specs.size).toBe(10);
    expect(routes.length).toBeGreaterThanOrEqual(60);
    for (const system of SYSTEMS)
      expect(contracts.index.bySystem.get(system)?.length, system).toBeGreaterThan(0);
  });

  it('use every operationId once across all documents, prefixed with its system', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const system of SYSTEMS) {
      const raw = parse(readFileSync(join(specsDir(), `${system}.yaml`), 'utf8')) as JsonObject;
      for (const id of collectOperationIds(raw)) {
        if (seen.has(id)) duplicates.push(`${id} in ${seen.get(id)} and ${system}`);
        seen.set(id, system);
      }
    }
    expect(duplicates).toEqual([]);
    expect(
      operations.filter((op) => !op.operationId.startsWith(op.system)).map((op) => op.operationId),
    ).toEqual([]);
  });

  it('give every operation a bilingual summary', () => {
    expect(
      operations.filter((op) => !BILINGUAL.test(op.summary)).map((op) => op.operationId),
    ).toEqual([]);
  });

  it('require a scope on every operation except health, token, JWKS and webhooks', () => {
    const wrong = routes.filter(
      (op) =>
        op.isPublic !== PUBLIC_OPERATIONS.test(op.operationId) ||
        (!op.isPublic && op.scopes.length === 0),
    );
    expect(wrong.map((op) => op.operationId)).toEqual([]);
  });

  it('declare every scope an operation requires in its security scheme', () => {
    const undeclared: string[] = [];
    for (const op of routes) {
      const declared = declaredScopes(docOf(op.system));
      for (const scope of op.scopes)
        if (!declared.has(scope)) undeclared.push(`${op.operationId}: ${scope}`);
    }
    expect(undeclared).toEqual([]);
  });

  it('describe failures as application/problem+json, with a 4xx on every operation', () => {
    const wrong: string[] = [];
    for (const op of routes) {
      const statuses = Object.keys(op.responses);
      if (!statuses.some((s) => s.startsWith('4'))) wrong.push(`${op.operationId}: no 4xx`);
      for (const status of statuses.filter((s) => /^[45]/.test(s))) {
        const types = Object.keys(op.responses[status]?.content ?? {});
        const problemTyped =
          types.length > 0 && types.every((t) => t === 'application/problem+json');
        if (!problemTyped && !NON_PROBLEM_ERRORS.has(`${op.operationId} ${status}`)) {
          wrong.push(`${op.operationId} ${status}: ${types.join(', ') || 'no body'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('take an Idempotency-Key on every mutating hub operation', () => {
    const missing = routes
      .filter((op) => op.system === 'lienthong' && op.method !== 'get')
      .filter(
        (op) =>
          !op.parameters.some(
            (p) => p.in === 'header' && p.name === 'Idempotency-Key' && p.required,
          ),
      );
    expect(missing.map((op) => op.operationId)).toEqual([]);
  });

  it('give every request and response body at least one example', () => {
    const missing: string[] = [];
    for (const op of operations) {
      for (const [mediaType, media] of Object.entries(op.requestBody?.content ?? {})) {
        if (media.examples.length === 0) missing.push(`${op.operationId} request ${mediaType}`);
      }
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [mediaType, media] of Object.entries(response.content)) {
          if (media.schema && media.examples.length === 0)
            missing.push(`${op.operationId} ${status} ${mediaType}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('have examples that validate against their own schemas', () => {
    const invalid: string[] = [];
    const check = (
      where: string,
      system: (typeof SYSTEMS)[number],
      schema: JsonObject | undefined,
      value: Json,
    ) => {
      if (!schema) return;
      for (const v of contracts.validators.validateValue(system, schema, value))
        invalid.push(`${where}: ${v.pointer} ${v.detail}`);
    };
    for (const op of operations) {
      for (const [mediaType, media] of Object.entries(op.requestBody?.content ?? {})) {
        media.examples.forEach((ex, i) =>
          check(`${op.operationId} request ${mediaType} #${i}`, op.system, media.schema, ex),
        );
      }
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [mediaType, media] of Object.entries(response.content)) {
          media.examples.forEach((ex, i) =>
            check(`${op.operationId} ${status} ${mediaType} #${i}`, op.system, media.schema, ex),
          );
        }
      }
      for (const p of op.parameters)
        if (p.example !== undefined)
          check(`${op.operationId} parameter ${p.name}`, op.system, p.schema, p.example);
    }
    for (const system of SYSTEMS) {
      for (const [name, schema] of Object.entries(componentSchemas(system))) {
        if (!isObject(schema) || !Array.isArray(schema.examples)) continue;
        schema.examples.forEach((ex, i) =>
          check(
            `${system} ${name}.examples[${i}]`,
            system,
            { $ref: `#/components/schemas/${name}` },
            ex,
          ),
        );
      }
    }
    expect(invalid).toEqual([]);
  });

  it('compile every component schema with ajv in strict mode', () => {
    for (const system of SYSTEMS) {
      for (const name of Object.keys(componentSchemas(system))) {
        expect(
          () =>
            contracts.validators.validateValue(
              system,
              { $ref: `#/components/schemas/${name}` },
              null,
            ),
          `${system} ${name}`,
        ).not.toThrow();
      }
    }
  });

  it('describe every schema property bilingually', () => {
    const missing: string[] = [];
    for (const system of SYSTEMS) {
      for (const [name, schema] of Object.entries(componentSchemas(system))) {
        walkProperties(schema, `${system} ${name}`, (where, property) => {
          if (
            isObject(property) &&
            typeof property.$ref !== 'string' &&
            !(typeof property.description === 'string' && BILINGUAL.test(property.description))
          ) {
            missing.push(where);
          }
        });
      }
    }
    expect(missing).toEqual([]);
  });

  it('resolve every path template to its own operation in the index', () => {
    const wrong: string[] = [];
    for (const op of routes) {
      const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
        encodeURIComponent(samplePathValue(op, name)),
      );
      const match = contracts.index.match(op.method, path);
      if (match.kind !== 'found' || match.operation.operationId !== op.operationId)
        wrong.push(`${op.operationId} ${path} → ${match.kind}`);
    }
    expect(wrong).toEqual([]);
  });
});

function docOf(system: (typeof SYSTEMS)[number]): JsonObject {
  const spec = contracts.specs.get(system);
  if (!spec) throw new Error(`no spec ${system}`);
  return spec.document;
}

function componentSchemas(system: (typeof SYSTEMS)[number]): JsonObject {
  const schemas = (docOf(system).components as JsonObject | undefined)?.schemas;
  return isObject(schemas) ? schemas : {};
}

function declaredScopes(doc: JsonObject): Set<string> {
  const scopes = new Set<string>();
  const schemes = (doc.components as JsonObject | undefined)?.securitySchemes;
  if (!isObject(schemes)) return scopes;
  for (const scheme of Object.values(schemes)) {
    if (!isObject(scheme) || !isObject(scheme.flows)) continue;
    for (const flow of Object.values(scheme.flows)) {
      if (isObject(flow) && isObject(flow.scopes))
        for (const s of Object.keys(flow.scopes)) scopes.add(s);
    }
  }
  return scopes;
}

function collectOperationIds(doc: JsonObject): string[] {
  const ids: string[] = [];
  for (const section of [doc.paths, doc.webhooks]) {
    if (!isObject(section)) continue;
    for (const item of Object.values(section)) {
      if (!isObject(item)) continue;
      for (const op of Object.values(item))
        if (isObject(op) && typeof op.operationId === 'string') ids.push(op.operationId);
    }
  }
  return ids;
}

function walkProperties(
  schema: Json,
  where: string,
  visit: (where: string, property: Json) => void,
): void {
  if (Array.isArray(schema)) {
    schema.forEach((s, i) => walkProperties(s, `${where}[${i}]`, visit));
    return;
  }
  if (!isObject(schema)) return;
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      visit(`${where}.${name}`, property);
      walkProperties(property, `${where}.${name}`, visit);
    }
  }
  for (const key of ['items', 'oneOf', 'anyOf', 'allOf', 'additionalProperties'] as const) {
    if (schema[key] !== undefined) walkProperties(schema[key], `${where}.${key}`, visit);
  }
}

function samplePathValue(op: (typeof routes)[number], name: string): string {
  const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
  const examples = deref(docOf(op.system), param?.schema)?.examples;
  if (param?.example !== undefined) return String(param.example);
  if (Array.isArray(examples) && examples[0] !== undefined) return String(examples[0]);
  return 'mau';
}
