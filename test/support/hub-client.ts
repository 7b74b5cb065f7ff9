/**
 * Test support for the hub's lifecycle tests: the linked-dossier operations as the demo province
 * client calls them, and the control-plane calls those tests need (sandboxes with a clock and a
 * processing profile, clock advances, fault rules, pending steps, deliveries, province exchanges),
 * all over HTTP against {@link startSandboxApp}.
 * @see specs/lienthong.yaml; specs/sandbox.yaml
 */
import type { components } from '../../contracts/generated/lienthong.js';
import type { components as SandboxComponents } from '../../contracts/generated/sandbox.js';
import type { Population } from '../../mocks/domain/population/index.js';
import type { App } from './control-plane.js';
import { admin } from './control-plane.js';

type Schemas = components['schemas'];
export type LinkedDossier = Schemas['LinkedDossier'];
export type DossierEvent = Schemas['DossierEvent'];
export type LegState = Schemas['LegState'];
export type DossierSubmission = Schemas['DossierSubmission'];
export type SandboxCreateRequest = SandboxComponents['schemas']['SandboxCreateRequest'];
/** A fault rule as the control plane takes it (`probability` defaults to 1). */
export type FaultRuleInput = Omit<SandboxComponents['schemas']['FaultRuleInput'], 'probability'> & {
  readonly probability?: number;
};

/** The officer of the demo province client. */
export const OFFICER = 'cb.hotich.38001';

/** An answer: its status and parsed body. */
export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
}

async function answerOf<T>(response: Response): Promise<Answer<T>> {
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

let keyCounter = 0;

/** A fresh `Idempotency-Key`. */
export function newKey(prefix = 'hub-test'): string {
  keyCounter += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${keyCounter}`;
}

/** The hub as the demo province client (`tinh-demo`) calls it, in one sandbox. */
export interface HubClient {
  readonly sandboxId: string | undefined;
  submit(
    body: DossierSubmission,
    options?: { readonly prefer?: string; readonly key?: string },
  ): Promise<Answer<LinkedDossier & { code?: string }>>;
  get(maHoSo: string): Promise<LinkedDossier>;
  events(maHoSo: string): Promise<DossierEvent[]>;
  supplement(
    maHoSo: string,
    body: Record<string, unknown>,
  ): Promise<Answer<LinkedDossier & { code?: string }>>;
  withdraw(maHoSo: string, lyDo: string): Promise<Answer<LinkedDossier & { code?: string }>>;
  /** Calls any hub path as the client; `init` as for fetch. */
  call(
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Answer>;
}

/** A hub client for `tinh-demo` in the sandbox `sandboxId` (the default one when omitted). */
export async function hubClient(app: App, sandboxId?: string): Promise<HubClient> {
  const token = await app.token('tinh-demo');
  const base = (extra: Record<string, string> = {}): Record<string, string> => ({
    authorization: `Bearer ${token}`,
    'x-officer-id': OFFICER,
    ...(sandboxId !== undefined ? { 'x-sandbox-id': sandboxId } : {}),
    ...extra,
  });
  async function call<T = Record<string, unknown>>(
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Answer<T>> {
    const response = await fetch(`${app.url}/lienthong/v1${path}`, {
      method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
      headers: base({
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      }),
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return answerOf<T>(response);
  }
  const dossierPath = (maHoSo: string) => `/ho-so/${encodeURIComponent(maHoSo)}`;
  return {
    sandboxId,
    call,
    submit: (body, options = {}) =>
      call('/ho-so', {
        body,
        headers: {
          'idempotency-key': options.key ?? newKey('submit'),
          ...(options.prefer !== undefined ? { prefer: options.prefer } : {}),
        },
      }),
    async get(maHoSo) {
      const answer = await call<LinkedDossier>(dossierPath(maHoSo));
      if (answer.status !== 200)
        throw new Error(`GET ${maHoSo}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    },
    async events(maHoSo) {
      const all: DossierEvent[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `?soLuong=100${cursor ? `&conTro=${encodeURIComponent(cursor)}` : ''}`;
        const page = await call<{ danhSach: DossierEvent[]; conTroTiep: string | null }>(
          `${dossierPath(maHoSo)}/su-kien${query}`,
        );
        if (page.status !== 200) throw new Error(`events ${maHoSo}: ${page.status}`);
        all.push(...page.body.danhSach);
        cursor = page.body.conTroTiep;
      } while (cursor);
      return all;
    },
    supplement: (maHoSo, body) =>
      call(`${dossierPath(maHoSo)}/bo-sung`, {
        body,
        headers: { 'idempotency-key': newKey('supplement') },
      }),
    withdraw: (maHoSo, lyDo) =>
      call(`${dossierPath(maHoSo)}/rut`, {
        body: { lyDo },
        headers: { 'idempotency-key': newKey('withdraw') },
      }),
  };
}

/** The leg `ma` of a dossier. */
export function legOf(dossier: LinkedDossier, ma: LegState['ma']): LegState {
  const leg = dossier.thuTucCon.find((l) => l.ma === ma);
  if (!leg) throw new Error(`dossier ${dossier.maHoSo} has no leg ${ma}`);
  return leg;
}

/** The status of every leg, by code. */
export function legStatuses(dossier: LinkedDossier): Record<string, LegState['trangThai']> {
  return Object.fromEntries(dossier.thuTucCon.map((l) => [l.ma, l.trangThai]));
}

/** Calls the control plane as sandbox-admin and parses the answer. */
export async function control<T = Record<string, unknown>>(
  app: App,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer<T>> {
  return answerOf<T>(await admin(app, method, path, body));
}

let sandboxCounter = 0;

/**
 * Creates a sandbox through the control plane (a small population, seed 11 like the default
 * sandbox) and returns its id and population.
 */
export async function createSandbox(
  app: App,
  request: Omit<SandboxCreateRequest, 'name'> & { readonly name?: string },
): Promise<{ readonly sandboxId: string; readonly population: Population }> {
  sandboxCounter += 1;
  const created = await control<{ sandboxId: string }>(app, 'POST', '/sandboxes', {
    name: `hub test ${sandboxCounter}`,
    seed: 11,
    populationSize: 3000,
    sandboxId: `sbx-hub-${process.pid}-${sandboxCounter}`,
    ...request,
  });
  if (created.status !== 201)
    throw new Error(`sandbox: ${created.status} ${JSON.stringify(created.body)}`);
  const population = app.sandbox.manager.population(created.body.sandboxId);
  if (!population) throw new Error(`sandbox ${created.body.sandboxId} has no population`);
  return { sandboxId: created.body.sandboxId, population };
}

/** Advances a sandbox clock (`{ duration }` or `{ workingDays, at? }`); returns what fired. */
export async function advance(
  app: App,
  sandboxId: string,
  by: { readonly duration: string } | { readonly workingDays: number; readonly at?: string },
): Promise<Answer<{ clock: { now: string }; fired: Record<string, number> }>> {
  const answer = await control<{ clock: { now: string }; fired: Record<string, number> }>(
    app,
    'POST',
    `/sandboxes/${sandboxId}/clock/advance`,
    by,
  );
  if (answer.status !== 200)
    throw new Error(`advance: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

/** Puts a fault rule into a sandbox. */
export async function putFault(
  app: App,
  sandboxId: string,
  ruleId: string,
  rule: FaultRuleInput,
): Promise<void> {
  const answer = await control(app, 'PUT', `/sandboxes/${sandboxId}/faults/${ruleId}`, rule);
  if (answer.status !== 201 && answer.status !== 200) {
    throw new Error(`fault ${ruleId}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

/** `value`, or a thrown error naming `what` when it is missing. */
export function present<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}

/** A copy of `object` without `key`. */
export function omit<T extends object, K extends keyof T>(object: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key)) as Omit<T, K>;
}
