import { citizenAccessOf } from '../journal/index.js';
import { maskIdNumbers } from '../logger.js';
/** Journal field → the control-plane schema its value must satisfy to be recorded. */
const HEADER_FIELDS = [
    ['officerId', 'x-officer-id', 'OfficerId'],
    ['deviceId', 'x-may-tram', 'DeviceId'],
    ['mucDich', 'x-muc-dich', 'Purpose'],
    ['maHoSo', 'x-ma-ho-so', 'DossierCode'],
];
/** The headers the journal reads, by lower-case name. */
const CLIENT_VERSION = 'x-client-version';
const RECORDED_HEADERS = new Set([
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
export function createJournalStage(journal, contracts) {
    // Header checks are compiled once here, not on every request.
    const checks = HEADER_FIELDS.map(([field, name, schema]) => [
        field,
        name,
        contracts.validators.compileValue('sandbox', { $ref: `#/components/schemas/${schema}` }),
    ]);
    return (entry) => appendRecord(journal, checks, entry);
}
/**
 * The values of the headers the journal reads, by lower-case name. Header names are
 * case-insensitive: like a lower-cased copy of all the headers, the last name that lower-cases
 * to a recorded one wins, but only the recorded ones are copied.
 */
function recordedHeaders(headers) {
    const found = new Map();
    for (const name of Object.keys(headers)) {
        const lower = name.toLowerCase();
        if (RECORDED_HEADERS.has(lower))
            found.set(lower, headers[name]);
    }
    return found;
}
async function appendRecord(journal, checks, entry) {
    const { request, trace, output } = entry;
    const headers = recordedHeaders(request.headers);
    // A well-formed value or null; a value that is not a string never reaches the check.
    const fromHeaders = {};
    for (const [field, name, check] of checks) {
        const value = headers.get(name);
        fromHeaders[field] = typeof value === 'string' && check(value).length === 0 ? value : null;
    }
    const body = output.body;
    const version = headers.get(CLIENT_VERSION);
    const record = {
        requestId: request.requestId,
        clientId: trace.clientId ?? null,
        clientVersion: typeof version === 'string' ? version.slice(0, 64) : null,
        officerId: fromHeaders.officerId ?? null,
        deviceId: fromHeaders.deviceId ?? null,
        sourceIp: request.sourceIp ?? 'unknown',
        mucDich: (fromHeaders.mucDich ?? null),
        maHoSo: fromHeaders.maHoSo ?? null,
        maTTHC: null,
        operationId: trace.operation?.operationId ?? null,
        endpoint: trace.operation
            ? `${trace.operation.method.toUpperCase()} ${trace.operation.path}`
            : `${request.method.toUpperCase()} ${maskIdNumbers(request.path).slice(0, 200)}`,
        ...citizenAccessOf({
            params: trace.validated?.path,
            query: trace.validated?.query,
            body: trace.validated?.body,
            status: output.status,
            answer: output.body,
        }),
        resultCode: output.status < 400
            ? 'OK'
            : typeof body?.code === 'string'
                ? body.code
                : `HTTP_${output.status}`,
        status: output.status,
        latencyMs: entry.latencyMs,
    };
    await journal.append(entry.sandboxId, record, entry.at);
}
