import { brokenRun } from './context.js';
import { checkExpectation } from './expectations.js';
import { buildForm, FormBuildError } from './forms.js';
import { newIdempotencyKey, UnknownOperationError } from './http.js';
import { atPointer, resolve, resolveText, UnresolvedReferenceError } from './references.js';
/**
 * Runs a `call` step or check: resolves references, builds the form, adds `X-Sandbox-Id`,
 * `X-Officer-Id` and a fresh `Idempotency-Key` (unless given), calls, checks `expect` and saves.
 * @see scenarios/README.md "Steps"
 */
export async function runCall(step, ctx, place) {
    const label = `call ${step.operationId}`;
    let exchange;
    try {
        exchange = await send(step, ctx);
    }
    catch (error) {
        if (error instanceof FormBuildError) {
            return {
                label,
                exchanges: error.exchange ? [error.exchange] : [],
                failures: [
                    brokenRun(place, `build the ${step.form?.kind} form: ${error.message}`, error.exchange),
                ],
            };
        }
        if (error instanceof UnresolvedReferenceError || error instanceof UnknownOperationError) {
            return { label, exchanges: [], failures: [brokenRun(place, error.message)] };
        }
        throw error;
    }
    const status = exchange.response?.status;
    const failures = checkExpectation(exchange, step.expect, {
        place,
        operationId: step.operationId,
        contracts: ctx.contracts,
        variables: ctx.variables,
    });
    const body = exchange.response?.body;
    for (const [name, pointer] of Object.entries(step.save ?? {})) {
        const value = atPointer(body, pointer);
        if (value === undefined) {
            failures.push({
                ...place,
                expectation: `save ${name} from ${pointer}`,
                expected: 'a value',
                actual: '(absent)',
                exchange,
            });
        }
        else {
            ctx.variables.saved[name] = value;
        }
    }
    remember(body, ctx);
    return { label: `${label} → ${status ?? 'no answer'}`, exchanges: [exchange], failures };
}
async function send(step, ctx) {
    const operation = ctx.contracts.index.operations.get(step.operationId);
    if (!operation)
        throw new UnknownOperationError(step.operationId);
    const declared = new Set(operation.parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()));
    const headers = { 'x-sandbox-id': ctx.sandboxId };
    if (declared.has('x-officer-id'))
        headers['x-officer-id'] = ctx.officer;
    if (declared.has('idempotency-key'))
        headers['idempotency-key'] = newIdempotencyKey();
    for (const [name, value] of Object.entries(step.headers ?? {})) {
        headers[name.toLowerCase()] = resolveText(value, ctx.variables);
    }
    const params = { ...resolve(step.params ?? {}, ctx.variables) };
    if (operation.path.includes('{sandboxId}') && params.sandboxId === undefined) {
        params.sandboxId = ctx.sandboxId;
    }
    const body = step.form
        ? await buildForm(step.form, ctx.variables.people, formSources(ctx))
        : resolve(step.body, ctx.variables);
    return ctx.client.call({
        operationId: step.operationId,
        as: step.as ?? ctx.clientId,
        params,
        query: resolve(step.query ?? {}, ctx.variables),
        headers,
        ...(body !== undefined ? { body } : {}),
    });
}
/** Dossier codes (for the timeline) and client secrets (for later calls as that client). */
function remember(body, ctx) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return;
    if (typeof body.maHoSo === 'string')
        ctx.dossiers.add(baseDossier(body.maHoSo));
    const client = body.client;
    const clientId = typeof body.clientId === 'string' ? body.clientId : client?.clientId;
    if (typeof body.clientSecret === 'string' && typeof clientId === 'string') {
        ctx.client.rememberSecret(clientId, body.clientSecret);
    }
}
/** A leg's dossier code (`…-0007-TT`) → the linked dossier's code. */
export function baseDossier(code) {
    return code.replace(/-[A-Z]{2,4}$/, '');
}
/** Reads profiles and certificates for the form builders, over HTTP like any other call. */
function formSources(ctx) {
    const expectOk = (exchange, what) => {
        const body = exchange.response?.body;
        if (exchange.response?.status !== 200 ||
            !body ||
            typeof body !== 'object' ||
            Array.isArray(body)) {
            throw new FormBuildError(`${what}: ${exchange.response?.status ?? exchange.error}`, exchange);
        }
        return body;
    };
    return {
        today: ctx.today(),
        citizen: async (soDinhDanh) => expectOk(await ctx.client.call({
            operationId: 'sandboxGetCitizen',
            as: 'admin',
            params: { sandboxId: ctx.sandboxId, soDinhDanh },
        }), `read citizen ${soDinhDanh}`),
        online: async (soDinhDanh) => {
            const answer = await ctx.client.call({
                operationId: 'vneidGetAccount',
                as: ctx.clientId,
                params: { soDinhDanh },
                headers: {
                    'x-sandbox-id': ctx.sandboxId,
                    'x-officer-id': ctx.officer,
                    'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
                    'x-ma-ho-so': CERTIFICATE_DOSSIER,
                },
            });
            const body = answer.response?.body;
            return (answer.response?.status === 200 &&
                body?.mucDoDinhDanh === 2 &&
                body.trangThai === 'HOAT_DONG');
        },
        birthCertificate: async (code) => expectOk(await ctx.client.call({
            operationId: 'yteGetBirthCertificate',
            as: ctx.clientId,
            params: { maGiayChungSinh: code },
            headers: {
                'x-sandbox-id': ctx.sandboxId,
                'x-officer-id': ctx.officer,
                'x-muc-dich': 'KHAI_SINH',
                'x-ma-ho-so': CERTIFICATE_DOSSIER,
            },
        }), `read birth certificate ${code}`),
    };
}
/** The dossier reference of the certificate read before the dossier exists (policy: derived). */
const CERTIFICATE_DOSSIER = '000.00.00.H38-260915-0001';
