/**
 * Test support for the hub's completion tests: what the registers show after a linked dossier
 * (read through each agency's own GET operations over HTTP as the demo province client), the
 * dossier's signed results checked against `/.well-known/jwks.json`, and the people of a
 * population whose death each benefit branch needs.
 * @see specs/dancu.yaml `dancuLookupCitizen`; specs/cutru.yaml `cutruGetResidence`;
 * specs/bhxh.yaml `bhxhGetCard`; specs/lienthong.yaml `lienthongListResults`, `lienthongGetResult`
 */
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import type { Person, Population } from '../../mocks/domain/population/index.js';
import type { App } from './control-plane.js';
import { OFFICER, type HubClient } from './hub-client.js';

/** An answer of an agency: its status and parsed body. */
export interface Read<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
}

/** A result document as `lienthongGetResult` returns it. */
export interface SignedResult {
  readonly maGiayTo: string;
  readonly loaiGiayTo: string;
  readonly coQuanCap: string;
  readonly ngayCap: string;
  readonly noiDung: Record<string, unknown>;
  readonly jws: string;
}

/**
 * The code to read the registers under once a linked dossier is closed: the policy refuses
 * personal-data reads under a dossier in status 9 or 10 (GW-06), so the officer reads under a
 * dossier of the same day and procedure the hub does not hold (number 9999), which the policy
 * derives from its code as open.
 * @see gateway/policy/README.md "Unknown dossiers"
 */
export function auditCode(maHoSo: string, leg: string): string {
  return `${maHoSo.replace(/-\d{4}$/, '-9999')}-${leg}`;
}

/** The agencies' reads of one sandbox as the demo province client, for one dossier's purpose. */
export interface Registers {
  /** `dancuLookupCitizen` under purpose `purpose` of the dossier code `maHoSo`. */
  citizen(soDinhDanh: string, purpose: string, maHoSo: string): Promise<Read>;
  /** `cutruGetResidence` under purpose `purpose` of the dossier code `maHoSo`. */
  residence(soDinhDanh: string, purpose: string, maHoSo: string): Promise<Read>;
  /** `bhxhGetCard`. */
  healthCard(maTheBhyt: string): Promise<Read>;
}

/** The registers of a sandbox (the default one when `sandboxId` is omitted). */
export async function registers(app: App, sandboxId?: string): Promise<Registers> {
  const token = await app.token('tinh-demo');
  const headers = (extra: Record<string, string> = {}) => ({
    authorization: `Bearer ${token}`,
    'x-officer-id': OFFICER,
    ...(sandboxId !== undefined ? { 'x-sandbox-id': sandboxId } : {}),
    ...extra,
  });
  const read = async (
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const response = await fetch(`${app.url}${path}`, {
      method: init.body !== undefined ? 'POST' : 'GET',
      headers: headers({
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      }),
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const purposeOf = (purpose: string, maHoSo: string) => ({
    'x-muc-dich': purpose,
    'x-ma-ho-so': maHoSo,
  });
  return {
    citizen: (soDinhDanh, purpose, maHoSo) =>
      read('/dancu/v1/cong-dan/tra-cuu', {
        body: { soDinhDanh },
        headers: purposeOf(purpose, maHoSo),
      }),
    residence: (soDinhDanh, purpose, maHoSo) =>
      read(`/cutru/v1/cong-dan/${soDinhDanh}/cu-tru`, { headers: purposeOf(purpose, maHoSo) }),
    healthCard: (maTheBhyt) => read(`/bhxh/v1/the-bhyt/${encodeURIComponent(maTheBhyt)}`),
  };
}

/** The public keys of `/.well-known/jwks.json`, by `kid`. */
export async function publicKeys(app: App): Promise<Map<string, JsonWebKey>> {
  const response = await fetch(`${app.url}/.well-known/jwks.json`);
  const { keys } = (await response.json()) as { keys: (JsonWebKey & { kid: string })[] };
  return new Map(keys.map((k) => [k.kid, k]));
}

/** The payload of a compact RS256 JWS when its signature verifies with one of `keys`. */
export function verifiedPayload(
  jws: string,
  keys: ReadonlyMap<string, JsonWebKey>,
): Record<string, unknown> | undefined {
  const [header = '', payload = '', signature = ''] = jws.split('.');
  const { alg, kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as {
    alg: string;
    kid: string;
  };
  const jwk = keys.get(kid);
  if (alg !== 'RS256' || !jwk) return undefined;
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    key,
    Buffer.from(signature, 'base64url'),
  );
  return valid
    ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>)
    : undefined;
}

/** Every result of a dossier: listed with `lienthongListResults`, each fetched with `lienthongGetResult`. */
export async function resultsOf(
  hub: HubClient,
  maHoSo: string,
): Promise<{
  listed: { thuTucCon: string; maGiayTo: string; loaiGiayTo: string }[];
  fetched: SignedResult[];
}> {
  const path = `/ho-so/${encodeURIComponent(maHoSo)}/ket-qua`;
  const list = await hub.call(`${path}?soLuong=100`);
  if (list.status !== 200) throw new Error(`results of ${maHoSo}: ${list.status}`);
  const listed = list.body['danhSach'] as {
    thuTucCon: string;
    maGiayTo: string;
    loaiGiayTo: string;
  }[];
  const fetched: SignedResult[] = [];
  for (const entry of listed) {
    const one = await hub.call(`${path}/${encodeURIComponent(entry.maGiayTo)}`);
    if (one.status !== 200) throw new Error(`result ${entry.maGiayTo}: ${one.status}`);
    fetched.push(one.body as unknown as SignedResult);
  }
  return { listed, fetched };
}

/** Whether a person can act online: a level-2 VNeID account in use, alive. */
function online(person: Person | undefined): person is Person {
  return person?.death === null && person.vneid.level === 2 && person.vneid.status === 'ACTIVE';
}

/** Who asks for a death: the spouse, else a child, online. */
export interface Bereaved {
  readonly person: Person;
  readonly requester: Person;
  readonly relation: 'VO' | 'CHONG' | 'CON';
}

/**
 * The `skip`-th person of `trait` with a registered permanent residence (deregistration), not yet
 * registered dead, who passes `accept` and has a spouse or child to ask online.
 */
export function bereavedOf(
  population: Population,
  trait: Parameters<Population['byTrait']['get']>[0],
  accept: (person: Person, requester: Person) => boolean = () => true,
  skip = 0,
): Bereaved {
  let seen = 0;
  for (const person of population.byTrait.get(trait) ?? []) {
    if (person.residence !== 'REGISTERED' || !person.permanentAddress) continue;
    if (person.death?.registeredOn) continue;
    const spouse = population.byId.get(person.spouseId ?? '');
    const child = population.people.find(
      (p) => (p.motherId === person.id || p.fatherId === person.id) && online(p),
    );
    const requester = online(spouse) ? spouse : child;
    if (!requester || !accept(person, requester)) continue;
    if (seen++ < skip) continue;
    const relation = requester === spouse ? (spouse.sex === 'FEMALE' ? 'VO' : 'CHONG') : 'CON';
    return { person, requester, relation };
  }
  throw new Error(`no ${trait} with a relative online in the population`);
}
