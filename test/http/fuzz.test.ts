import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OperationSpec } from '../../contracts/operation-index.js';
import { DEMO_PROVINCE_CLIENT } from '../../gateway/auth/demo-clients.js';
import { DEFAULT_POLICY_CONFIG } from '../../gateway/policy/index.js';
import {
  bodyText,
  invalidBodyFrom,
  type FuzzBody,
  type JsonValue,
} from '../support/json-mutations.js';
import { testContracts } from '../support/gateway.js';
import { startSandboxApp } from '../support/sandbox-app.js';

/** Fixed, so a failure replays; change it to explore another corpus. */
const SEED = 20260915;
const RUNS_PER_OPERATION = 60;
/** The sandbox the control-plane operations act on, so their valid bodies leave `default` alone. */
const FUZZ_SANDBOX = 'sbx-fuzz';
const FUZZ_CLIENT = 'fuzz-khong-co';
const HUB_CLIENT = 'lienthong-hub-fuzz';

/** Path parameters that would otherwise let a valid mutated body reset or suspend the callers. */
const PATH_OVERRIDES: Readonly<Record<string, string>> = {
  sandboxId: FUZZ_SANDBOX,
  clientId: FUZZ_CLIENT,
};

/** Examples trimmed where a still-valid mutation would be slow (a 10,000-citizen sandbox). */
const EXAMPLE_OVERRIDES: Readonly<Record<string, Readonly<Record<string, JsonValue>>>> = {
  sandboxCreateSandbox: { populationSize: 20 },
};

const POLICY_HEADERS = {
  'x-officer-id': 'cb.hotich.38001',
  'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
  'x-ma-ho-so': '000.00.00.H38-260915-0001',
  'x-may-tram': 'MT-38-0001',
};

/** Every route with a JSON request body that has an example to mutate. */
interface Target {
  readonly operation: OperationSpec;
  readonly path: string;
  readonly mediaType: string;
  readonly example: JsonValue;
  readonly headers: Readonly<Record<string, string>>;
}

function targetsOf(operations: Iterable<OperationSpec>): Target[] {
  const targets: Target[] = [];
  for (const operation of operations) {
    const content = operation.requestBody?.content ?? {};
    const mediaType = Object.keys(content).find((t) => t === 'application/json');
    const example = mediaType ? content[mediaType]?.examples[0] : undefined;
    if (operation.kind !== 'route' || !mediaType || example === undefined) continue;
    const headers: Record<string, string> = {};
    let path = operation.path;
    for (const p of operation.parameters) {
      const value = PATH_OVERRIDES[p.name] ?? String(p.example ?? 'x');
      if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value));
      if (p.in === 'header' && p.required) headers[p.name.toLowerCase()] = String(p.example);
    }
    const overrides = EXAMPLE_OVERRIDES[operation.operationId] ?? {};
    targets.push({
      operation,
      path,
      mediaType,
      example: { ...(example as Record<string, JsonValue>), ...overrides },
      headers,
    });
  }
  return targets;
}

function callerOf(operation: OperationSpec): 'province' | 'admin' | 'hub' {
  if (operation.system === 'sandbox') return 'admin';
  return operation.system === 'tinh' ? 'hub' : 'province';
}

function describeBody(body: FuzzBody): string {
  const text = bodyText(body);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}

describe('fuzzing every JSON body over HTTP', () => {
  it('never answers 5xx to invalid bodies, and answers every 4xx with a problem', async () => {
    await using app = await startSandboxApp({
      config: { bodyLimitBytes: 2 * 1024 * 1024 },
      policy: {
        rate: {
          ...DEFAULT_POLICY_CONFIG.rate,
          client: { capacity: 100_000, perMs: 1000 },
          officerMinute: { capacity: 100_000, perMs: 1000 },
          officerDay: { capacity: 100_000, perMs: 1000 },
        },
        bulk: { perOfficerPerDay: 100_000, perClientPerDay: 100_000 },
        suspension: { ...DEFAULT_POLICY_CONFIG.suspension, violations: 100_000 },
      },
    });
    // The hub is the only caller of the province's receiving operations (scope tinh.receive).
    await app.security.clients.seed(
      { ...DEMO_PROVINCE_CLIENT, clientId: HUB_CLIENT, scopes: ['tinh.receive'] },
      `${HUB_CLIENT}-secret`,
    );
    const tokens = {
      province: await app.token('tinh-demo'),
      admin: await app.token('sandbox-admin'),
      hub: await app.token(HUB_CLIENT),
    };
    const created = await fetch(`${app.url}/sandbox/v1/sandboxes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sandboxId: FUZZ_SANDBOX, name: 'fuzz', populationSize: 20 }),
    });
    expect(created.status).toBe(201);

    const targets = targetsOf(testContracts().index.operations.values());
    expect(targets.length).toBeGreaterThanOrEqual(40);
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const target of targets) {
      const { operation } = target;
      const token = operation.isPublic ? undefined : tokens[callerOf(operation)];
      await fc.assert(
        fc.asyncProperty(invalidBodyFrom(target.example), async (body) => {
          const response = await fetch(`${app.url}${target.path}`, {
            method: operation.method.toUpperCase(),
            headers: {
              ...POLICY_HEADERS,
              ...target.headers,
              ...(target.headers['idempotency-key'] ? { 'idempotency-key': randomUUID() } : {}),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
              'content-type': target.mediaType,
            },
            body: bodyText(body),
          });
          const text = await response.text();
          sent += 1;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          const context = `${operation.operationId} ${response.status} ${text.slice(0, 300)} ← ${describeBody(body)}`;
          expect(response.status, context).toBeLessThan(500);
          if (response.status >= 400) {
            const type = response.headers.get('content-type') ?? '';
            // The token endpoint answers in the OAuth error format (RFC 6749 §5.2).
            const oauth = operation.operationId === 'sandboxIssueToken';
            expect(type, context).toMatch(
              oauth ? /^application\/(?:problem\+)?json/ : /^application\/problem\+json/,
            );
            const answer = JSON.parse(text) as { status?: unknown; error?: unknown };
            if (!oauth || answer.error === undefined)
              expect(answer.status, context).toBe(response.status);
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION },
      );
    }
    expect(sent).toBeGreaterThanOrEqual(2_400);
    // Most mutations break the contract, so validation (not a handler) answers most of them.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(sent / 2);
  }, 120_000);
});
