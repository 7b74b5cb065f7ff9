import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { OperationSpec } from '../../contracts/operation-index.js';
import { deref } from '../../contracts/loader.js';
import { testContracts } from '../support/gateway.js';
import { startSandboxApp } from '../support/sandbox-app.js';

type App = Awaited<ReturnType<typeof startSandboxApp>>;
let app: App;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startSandboxApp();
  tokens.province = await app.token('tinh-demo');
  tokens.admin = await app.token('sandbox-admin');
});
afterAll(() => app[Symbol.asyncDispose]());

const routes = [...testContracts().index.operations.values()].filter((op) => op.kind === 'route');

function concretePath(op: OperationSpec): string {
  const doc = testContracts().specs.get(op.system)?.document ?? {};
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
    const examples = deref(doc, param?.schema)?.examples;
    const value = param?.example ?? (Array.isArray(examples) ? examples[0] : undefined) ?? 'mau';
    return encodeURIComponent(String(value));
  });
}

function call(op: OperationSpec, token?: string) {
  return fetch(`${app.url}${concretePath(op)}`, {
    method: op.method.toUpperCase(),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

describe('every operation of every spec', () => {
  it('answers 401 with a Bearer challenge without a token, except the public ones', async () => {
    const wrong: string[] = [];
    for (const op of routes.filter((o) => !o.isPublic)) {
      const response = await call(op);
      const body = (await response.json()) as { code?: string };
      if (
        response.status !== 401 ||
        body.code !== 'TOKEN_MISSING' ||
        !response.headers.get('www-authenticate')?.startsWith('Bearer')
      ) {
        wrong.push(`${op.operationId}: ${response.status} ${body.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers 403 INSUFFICIENT_SCOPE to a token without the operation scope', async () => {
    const wrong: string[] = [];
    for (const op of routes.filter((o) => !o.isPublic)) {
      const token = op.system === 'sandbox' ? tokens.province : tokens.admin;
      const response = await call(op, token);
      const body = (await response.json()) as { code?: string };
      if (response.status !== 403 || body.code !== 'INSUFFICIENT_SCOPE')
        wrong.push(`${op.operationId}: ${response.status} ${body.code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets public operations through without a token', async () => {
    for (const id of ['sandboxGetJwks', 'sandboxGetLiveness', 'hotichGetHealth']) {
      const op = testContracts().index.operations.get(id) as OperationSpec;
      expect((await call(op)).status, id).toBe(200);
    }
  });
});
