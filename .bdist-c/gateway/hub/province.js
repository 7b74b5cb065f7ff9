import { toVnIso } from '../../mocks/domain/calendar/index.js';
import { nextSequence } from '../../mocks/kit/index.js';
import { HUB_COLLECTIONS } from './model.js';
import { subscriptionOf } from './webhooks/index.js';
/** `lienthong.exchanges`, indexed by dossier. */
export const EXCHANGES = {
    idOf: (e) => e.exchangeId,
    indexes: { byDossier: (e) => e.maHoSo ?? '' },
};
/** The exchanges collection of a sandbox. */
export const exchanges = (s) => s.collection(HUB_COLLECTIONS.exchanges, EXCHANGES);
/** How long the hub waits for a connected province by default (specs/sandbox.yaml example). */
export const PROVINCE_TIMEOUT_MS = 30_000;
/** Builds the province port. */
export function createProvincePort(options) {
    const { contracts } = options;
    const doFetch = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? PROVINCE_TIMEOUT_MS;
    async function simulated(ctx, push) {
        const answer = await ctx.call(push.operationId, {
            ...(push.params ? { params: push.params } : {}),
            headers: { ...push.headers },
            body: push.body,
        });
        return classify(answer);
    }
    async function connected(ctx, baseUrl, push) {
        const operation = contracts.index.operations.get(push.operationId);
        if (!operation || operation.kind !== 'route')
            throw new Error(`no route ${push.operationId}`);
        const path = operation.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(push.params?.[name] ?? ''));
        const url = `${baseUrl.replace(/\/+$/, '')}${path}`;
        const raw = JSON.stringify(push.body);
        const headers = {
            'content-type': 'application/json',
            authorization: `Bearer ${options.token(ctx)}`,
            ...push.headers,
        };
        const sentAt = ctx.clock.now();
        const started = performance.now();
        let responseStatus = null;
        let transportError = null;
        let body;
        let contentType;
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
        }
        catch (error) {
            transportError = transportErrorOf(error);
        }
        const latencyMs = Math.round(performance.now() - started);
        const violations = responseStatus === null
            ? []
            : checkAnswer(contracts, push.operationId, responseStatus, contentType, body);
        const record = {
            exchangeId: `pex-${String(await nextSequence(ctx.store, HUB_COLLECTIONS.exchanges)).padStart(6, '0')}`,
            maTinh: provinceOf(push.maHoSo),
            operationId: push.operationId,
            maHoSo: push.maHoSo,
            attempt: push.attempt,
            sentAt: toVnIso(sentAt),
            request: {
                method: operation.method.toUpperCase(),
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
        async push(ctx, push) {
            const target = options.target(ctx.id);
            if (target.mode === 'connected' && target.baseUrl !== undefined) {
                return connected(ctx, target.baseUrl, push);
            }
            // A provincial client that registered `diaChiTinh` gets its dossiers pushed there.
            const own = push.clientId !== undefined ? await subscriptionOf(ctx.store, push.clientId) : undefined;
            return own?.diaChiTinh !== undefined
                ? connected(ctx, own.diaChiTinh, push)
                : simulated(ctx, push);
        },
    };
}
function classify(answer) {
    if (answer.dropConnection)
        return { kind: 'failed', detail: 'The connection was dropped.' };
    if (answer.status >= 200 && answer.status < 300)
        return { kind: 'accepted', answer };
    if (answer.status >= 500 || answer.status === 429 || answer.status === 408) {
        return { kind: 'failed', detail: `The province answered ${answer.status}.` };
    }
    return { kind: 'refused', answer };
}
function checkAnswer(contracts, operationId, status, contentType, body) {
    const checked = contracts.validators.validateResponse(operationId, status, contentType, body);
    return checked.ok ? [] : [...checked.error];
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
function transportErrorOf(error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        return 'TIMEOUT';
    }
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause?.code === 'ECONNREFUSED')
        return 'CONNECTION_REFUSED';
    return cause?.code === 'ENOTFOUND' ? 'DNS_ERROR' : 'CONNECTION_RESET';
}
/** The province code in a dossier code (`000.00.00.H38-…` → `38`). */
export function provinceOf(maHoSo) {
    return /\.H(\d{2})-/.exec(maHoSo)?.[1] ?? '00';
}
