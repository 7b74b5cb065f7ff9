/**
 * What the gateway benchmarks share: the compiled code they load, the lookup they repeat and the
 * policy limits they raise.
 * @see test/bench/gateway.ts, test/bench/pipeline.ts, test/bench/hub.ts
 */
import type * as PolicyModule from '../../gateway/policy/index.js';

type PolicyConfig = PolicyModule.PolicyConfig;

/**
 * A module of the compiled code `npm start` runs (`npm run bench…` builds it first), not the
 * TypeScript sources through tsx, whose helpers add work of their own to every call. `BENCH_DIST`
 * names another build folder under the project root (a copy of `dist/` kept from an earlier
 * commit), so two builds can be measured one after the other on the same machine.
 */
export async function compiled<T>(path: string): Promise<T> {
  const folder = process.env.BENCH_DIST ?? 'dist';
  return (await import(new URL(`../../${folder}/${path}`, import.meta.url).href)) as T;
}

/** The request both benchmarks repeat: a citizen lookup by the demo province's officer. */
export const LOOKUP = { method: 'POST', path: '/dancu/v1/cong-dan/tra-cuu' } as const;

/** The lookup's headers: the token of `tinh-demo`, an officer, a purpose and a dossier. */
export function lookupHeaders(token: string): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'x-officer-id': 'cb.hotich.38001',
    'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
    'x-ma-ho-so': '000.00.00.H38-260915-0001',
  };
}

/** What benchmarks raise the policy's limits to, so the load is never throttled. */
export const RAISED_LIMIT = 1_000_000_000;

/**
 * Rate and bulk limits high enough never to trigger during a run: the benchmarks measure the
 * pipeline's cost, not its limits (the lookups would be throttled after the first 40).
 */
export function benchPolicy(defaults: PolicyConfig): Partial<PolicyConfig> {
  return {
    rate: {
      ...defaults.rate,
      client: { capacity: RAISED_LIMIT, perMs: 1000 },
      officerMinute: { capacity: RAISED_LIMIT, perMs: 60_000 },
      officerDay: { capacity: RAISED_LIMIT, perMs: 86_400_000 },
    },
    bulk: { perOfficerPerDay: RAISED_LIMIT, perClientPerDay: RAISED_LIMIT },
  };
}

/** A flag that must be a positive integer. */
export function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}
