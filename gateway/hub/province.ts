/**
 * The hub's side of the provincial one-stop system: pushes of dossiers, supplements, withdrawals
 * and events. A `simulated` sandbox pushes to its own province through the pipeline; a
 * `connected` one pushes over HTTP to the client system's base URL, and every attempt — request,
 * answer or transport error, latency and the check of the answer against the `tinh` contract —
 * is kept for the control plane (`sandboxListProvinceExchanges`).
 * @see specs/tinh.yaml; specs/sandbox.yaml `ProvinceExchange`; issue 6 item 3
 */
import type { Contracts } from '../../contracts/contracts.js';
import type { components } from '../../contracts/generated/sandbox.js';
import type { HandlerOutput } from '../../contracts/handler.js';
import type { Violation } from '../../contracts/violations.js';
import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { nextSequence } from '../../mocks/kit/index.js';
import type { MockContext } from '../../mocks/kit/context.js';
import type { CollectionDefinition, StoreScope } from '../../mocks/ports/store/index.js';
import { HUB_COLLECTIONS } from './model.js';
import { subscriptionOf } from './webhooks/index.js';

type SandboxSchemas = components['schemas'];

/** Where a sandbox's province lives. */
export interface ProvinceTarget {
  readonly mode: 'simulated' | 'connected';
  /** Base URL of the connected province (`…/tinh/v1/ho-so` is appended per operation). */
  readonly baseUrl?: string;
}

/** One attempt of the hub to reach a connected province (`ProvinceExchange`). */
export type ExchangeRecord = SandboxSchemas['ProvinceExchange'];

/** `lienthong.exchanges`, indexed by dossier. */
export const EXCHANGES: CollectionDefinition<ExchangeRecord, 'byDossier'> = {
  idOf: (e) => e.exchangeId,
  indexes: { byDossier: (e) => e.maHoSo ?? '' },
};

/** The exchanges collection of a sandbox. */
export const exchanges = (s: Pick<StoreScope, 'collection'>) =>
  s.collection(HUB_COLLECTIONS.exchanges, EXCHANGES);

/** What a push came to. */
export type PushResult =
  /** The province took it (2xx within its contract). */
  | { readonly kind: 'accepted'; readonly answer: HandlerOutput }
  /** The province refused it (4xx within its contract): the answer carries its problem. */
  | { readonly kind: 'refused'; readonly answer: HandlerOutput }
  /** Unreachable, 5xx, or an answer outside the contract: try again later. */
  | { readonly kind: 'failed'; readonly detail: string };

/** A push: the operation, path parameters, body and headers. */
export interface Push {
  readonly operationId: string;
  readonly maHoSo: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** One line for the exchange log (no full personal ID numbers). */
  readonly summary: string;
  /** Attempt number (1 for the first). */
  readonly attempt: number;
  /** The client system that owns the dossier (its subscription may name its own province). */
  readonly clientId?: string;
}

/** Options of {@link createProvincePort}. */
export interface ProvincePortOptions {
  readonly contracts: Contracts;
  readonly target: (sandboxId: string) => ProvinceTarget;
  /** The bearer token the hub presents to a connected province (scope `tinh.receive`). */
  readonly token: (ctx: MockContext) => string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

/** How long the hub waits for a connected province by default (specs/sandbox.yaml example). */
export const PROVINCE_TIMEOUT_MS = 30_000;

/** Builds the province port. */
export function createProvincePort(options: ProvincePortOptions) {
  const { contracts } = options;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? PROVINCE_TIMEOUT_MS;

  async function simulated(ctx: MockContext, push: Push): Promise<PushResult> {
    const answer = await ctx.call(push.operationId, {
      ...(push.params ? { params: push.params } : {}),
      headers: { ...push.headers },
      body: push.body,
    });
    return classify(answer);
  }

  async function connected(ctx: MockContext, baseUrl: string, push: Push): Promise<PushResult> {
    const operation = contracts.index.operations.get(push.operationId);
    if (!operation || operation.kind !== 'route') throw new Error(`no route ${push.operationId}`);
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(push.params?.[name] ?? ''),
    );
    const url = `${baseUrl.replace(/\/+$/, '')}${path}`;
    const raw = JSON.stringify(push.body);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${options.token(ctx)}`,
      ...push.headers,
    };
    const sentAt = ctx.clock.now();
    const started = performance.now();
    let responseStatus: number | null = null;
    let transportError: ExchangeRecord['transportError'] = null;
    let body: unknown;
    let contentType: string | undefined;
    try {
      const response = await doFetch(url, {
        method: operation.method.toUpperCase(),
        headers,
        body: raw,
        signal: AbortSignal.timeout(timeoutMs),
      });
      responseStatus = response.status;
      contentType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
      const text = await response.text();
      body = text === '' ? undefined : parseJson(text);
    } catch (error) {
      transportError = transportErrorOf(error);
    }
    const latencyMs = Math.round(performance.now() - started);
    const violations: Violation[] =
      responseStatus === null
        ? []
        : checkAnswer(contracts, push.operationId, responseStatus, contentType, body);
    const record: ExchangeRecord = {
      exchangeId: `pex-${String(await nextSequence(ctx.store, HUB_COLLECTIONS.exchanges)).padStart(6, '0')}`,
      maTinh: provinceOf(push.maHoSo),
      operationId: push.operationId,
      maHoSo: push.maHoSo,
      attempt: push.attempt,
      sentAt: toVnIso(sentAt),
      request: {
        method: operation.method.toUpperCase() as ExchangeRecord['request']['method'],
        url,
        bodyBytes: Buffer.byteLength(raw),
        summary: push.summary.slice(0, 300),
      },
      responseStatus,
      transportError,
      contractValidation: {
        outcome: responseStatus === null ? 'NOT_CHECKED' : violations.length ? 'INVALID' : 'VALID',
        violations: violations.slice(0, 20).map((v) => ({
          pointer: v.pointer,
          code: v.code,
          detail: v.detail,
        })),
      },
      latencyMs,
    };
    await exchanges(ctx.store).put(record);
    if (responseStatus === null)
      return { kind: 'failed', detail: `Transport error ${transportError}` };
    if (violations.length > 0) {
      return { kind: 'failed', detail: `The province answer breaks the tinh contract.` };
    }
    return classify({
      status: responseStatus,
      ...(contentType !== undefined ? { contentType } : {}),
      body,
    });
  }

  return {
    /** Sends a push to the sandbox's province and reads the answer. */
    async push(ctx: MockContext, push: Push): Promise<PushResult> {
      const target = options.target(ctx.id);
      if (target.mode === 'connected' && target.baseUrl !== undefined) {
        return connected(ctx, target.baseUrl, push);
      }
      // A provincial client that registered `diaChiTinh` gets its dossiers pushed there.
      const own =
        push.clientId !== undefined ? await subscriptionOf(ctx.store, push.clientId) : undefined;
      return own?.diaChiTinh !== undefined
        ? connected(ctx, own.diaChiTinh, push)
        : simulated(ctx, push);
    },
  };
}

/** A province port. */
export type ProvincePort = ReturnType<typeof createProvincePort>;

function classify(answer: HandlerOutput): PushResult {
  if (answer.dropConnection) return { kind: 'failed', detail: 'The connection was dropped.' };
  if (answer.status >= 200 && answer.status < 300) return { kind: 'accepted', answer };
  if (answer.status >= 500 || answer.status === 429 || answer.status === 408) {
    return { kind: 'failed', detail: `The province answered ${answer.status}.` };
  }
  return { kind: 'refused', answer };
}

function checkAnswer(
  contracts: Contracts,
  operationId: string,
  status: number,
  contentType: string | undefined,
  body: unknown,
): Violation[] {
  const checked = contracts.validators.validateResponse(operationId, status, contentType, body);
  return checked.ok ? [] : [...checked.error];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function transportErrorOf(error: unknown): ExchangeRecord['transportError'] {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return 'TIMEOUT';
  }
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  if (cause?.code === 'ECONNREFUSED') return 'CONNECTION_REFUSED';
  return cause?.code === 'ENOTFOUND' ? 'DNS_ERROR' : 'CONNECTION_RESET';
}

/** The province code in a dossier code (`000.00.00.H38-…` → `38`). */
export function provinceOf(maHoSo: string): string {
  return /\.H(\d{2})-/.exec(maHoSo)?.[1] ?? '00';
}
