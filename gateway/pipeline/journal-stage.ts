import type { Contracts } from '../../contracts/contracts.js';
import type { HandlerOutput } from '../../contracts/handler.js';
import type { OperationSpec } from '../../contracts/operation-index.js';
import { citizenAccessOf, type Journal, type JournalRecord } from '../journal/index.js';
import { maskIdNumbers } from '../logger.js';
import { rememberRecent } from '../../mocks/domain/remember.js';
import type { ValidatedRequest } from '../../contracts/validators.js';

/** What the pipeline learned about a request by the time it answered. */
export interface RequestTrace {
  operation?: OperationSpec;
  sandboxId?: string;
  validated?: ValidatedRequest;
  clientId?: string;
}

/** The raw request facts the journal needs. */
export interface JournalledRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly requestId: string;
  readonly sourceIp?: string;
}

/** Journal field → the control-plane schema its value must satisfy to be recorded. */
const HEADER_FIELDS = [
  ['officerId', 'x-officer-id', 'OfficerId'],
  ['deviceId', 'x-may-tram', 'DeviceId'],
  ['mucDich', 'x-muc-dich', 'Purpose'],
  ['maHoSo', 'x-ma-ho-so', 'DossierCode'],
] as const;

/** The headers the journal reads, by lower-case name. */
const CLIENT_VERSION = 'x-client-version';
const RECORDED_HEADERS: ReadonlySet<string> = new Set([
  ...HEADER_FIELDS.map(([, name]) => name),
  CLIENT_VERSION,
]);

/**
 * Appends one record per request to the sandbox's hash-chained journal: who, what, which
 * citizens and fields, the outcome and the latency. Refused requests are recorded too. Header
 * values are recorded only when they are well-formed (a malformed one is `null`), and the
 * endpoint is the path *template*, so no ID number leaks through a path.
 * @see SECURITY.md GW-09, GW-10; issue 5 pipeline stage 9
 */
export function createJournalStage(
  journal: Journal,
  contracts: Contracts,
): (entry: JournalEntryInput) => Promise<void> {
  // Header checks are compiled once here, not on every request.
  // The same officers, purposes and dossiers come back call after call: verdicts are remembered.
  const checks = HEADER_FIELDS.map(([field, name, schema]): HeaderCheck => {
    const check = contracts.validators.compileValue('sandbox', {
      $ref: `#/components/schemas/${schema}`,
    });
    return [field, name, rememberRecent((value) => check(value).length === 0)];
  });
  return (entry) => appendRecord(journal, checks, entry);
}

/** What the journal stage records about one answered request. */
export interface JournalEntryInput {
  readonly sandboxId: string;
  readonly at: Date;
  readonly request: JournalledRequest;
  readonly trace: RequestTrace;
  readonly output: HandlerOutput;
  readonly latencyMs: number;
}

/** A journal field, the header it comes from and the check its value must pass. */
type HeaderCheck = readonly [
  field: (typeof HEADER_FIELDS)[number][0],
  name: string,
  wellFormed: (value: string) => boolean,
];

/**
 * The values of the headers the journal reads, by lower-case name. Header names are
 * case-insensitive: like a lower-cased copy of all the headers, the last name that lower-cases
 * to a recorded one wins, but only the recorded ones are copied.
 */
function recordedHeaders(headers: Readonly<Record<string, unknown>>): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const name in headers) {
    const lower = name.toLowerCase();
    if (RECORDED_HEADERS.has(lower)) found.set(lower, headers[name]);
  }
  return found;
}

/** `POST /dancu/v1/cong-dan/tra-cuu`: an operation's method and path template, built once. */
const endpoints = new WeakMap<OperationSpec, string>();

function endpointOf(operation: OperationSpec): string {
  let endpoint = endpoints.get(operation);
  if (endpoint === undefined) {
    endpoint = `${operation.method.toUpperCase()} ${operation.path}`;
    endpoints.set(operation, endpoint);
  }
  return endpoint;
}

async function appendRecord(
  journal: Journal,
  checks: readonly HeaderCheck[],
  entry: JournalEntryInput,
): Promise<void> {
  const { request, trace, output } = entry;
  const headers = recordedHeaders(request.headers);
  // A well-formed value or null; a value that is not a string never reaches the check.
  const fromHeaders: Partial<Record<HeaderCheck[0], string | null>> = {};
  for (const [field, name, wellFormed] of checks) {
    const value = headers.get(name);
    fromHeaders[field] = typeof value === 'string' && wellFormed(value) ? value : null;
  }
  const body = output.body as { code?: unknown } | undefined;
  const version = headers.get(CLIENT_VERSION);
  const record: JournalRecord = {
    requestId: request.requestId,
    clientId: trace.clientId ?? null,
    clientVersion: typeof version === 'string' ? version.slice(0, 64) : null,
    officerId: fromHeaders.officerId ?? null,
    deviceId: fromHeaders.deviceId ?? null,
    sourceIp: request.sourceIp ?? 'unknown',
    mucDich: (fromHeaders.mucDich ?? null) as JournalRecord['mucDich'],
    maHoSo: fromHeaders.maHoSo ?? null,
    maTTHC: null,
    operationId: trace.operation?.operationId ?? null,
    endpoint: trace.operation
      ? endpointOf(trace.operation)
      : `${request.method.toUpperCase()} ${maskIdNumbers(request.path).slice(0, 200)}`,
    ...citizenAccessOf({
      params: trace.validated?.path,
      query: trace.validated?.query,
      body: trace.validated?.body,
      status: output.status,
      answer: output.body,
    }),
    resultCode:
      output.status < 400
        ? 'OK'
        : typeof body?.code === 'string'
          ? body.code
          : `HTTP_${output.status}`,
    status: output.status,
    latencyMs: entry.latencyMs,
  };
  await journal.append(entry.sandboxId, record, entry.at);
}
