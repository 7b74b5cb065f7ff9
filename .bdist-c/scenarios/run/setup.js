import { DEFAULT_CLIENT, DEFAULT_OFFICER } from './context.js';
import { newIdempotencyKey } from './http.js';
import { EVENT_TYPES, startReceiver } from './receiver.js';
import { startProvinceStub } from './province-stub.js';
import { resolve, resolveText } from './references.js';
/** Population of each throwaway sandbox: scenarios generate the people they need. */
export const SCENARIO_POPULATION = { seed: 20260915, populationSize: 200 };
/** The sandbox could not be prepared: the scenario's outcome is `error`. */
export class SetupError extends Error {
    exchange;
    name = 'SetupError';
    constructor(message, exchange) {
        super(exchange ? `${message}: ${describe(exchange)}` : message);
        this.exchange = exchange;
    }
}
/**
 * Prepares a scenario's own sandbox: created with its clock, profile, province mode and
 * configuration, the clock frozen, its people generated, its faults put, and (with
 * `given.receiver`) a loopback receiver subscribed to every event type.
 * @see docs/decisions/0008-scenarios.md §3
 */
export async function setUp(scenario, client, contracts, keys, onSandbox, onProvince = () => { }) {
    const g = scenario.given;
    const province = g.provinceStub !== undefined
        ? await startProvinceStub(g.provinceStub, {
            client,
            clientId: g.client ?? DEFAULT_CLIENT,
            officer: g.officer ?? DEFAULT_OFFICER,
        })
        : undefined;
    onProvince(province);
    const created = await client.call({
        operationId: 'sandboxCreateSandbox',
        as: 'admin',
        body: {
            name: scenario.title.slice(0, 100),
            ...SCENARIO_POPULATION,
            ...(g.clock !== undefined ? { clockStart: g.clock } : {}),
            processingProfile: {
                profile: g.profile ?? 'instant',
                ...(g.profile === 'realistic'
                    ? { realistic: { fractionOfLimit: g.fractionOfLimit ?? 0.5 } }
                    : {}),
            },
            ...(province
                ? { provinceMode: 'connected', provinceBaseUrl: province.url }
                : g.province !== undefined
                    ? { provinceMode: g.province }
                    : {}),
            ...(!province && g.provinceBaseUrl !== undefined
                ? {
                    provinceBaseUrl: resolveText(g.provinceBaseUrl, {
                        saved: {},
                        people: {},
                        sandbox: { id: '' },
                        target: client.baseUrl,
                    }),
                }
                : {}),
            ...(g.config !== undefined ? { config: g.config } : {}),
        },
    });
    const sandboxId = created.response?.body?.sandboxId;
    if (created.response?.status !== 201 || !sandboxId) {
        throw new SetupError('the sandbox could not be created', created);
    }
    onSandbox(sandboxId);
    province?.bind(sandboxId);
    const admin = (operationId, params, body) => client.call({ operationId, as: 'admin', params: { sandboxId, ...params }, body });
    const frozen = await admin('sandboxFreezeClock', {}, { frozen: true });
    const clockNow = frozen.response?.body?.now;
    if (frozen.response?.status !== 200 || !clockNow) {
        throw new SetupError('the sandbox clock could not be frozen', frozen);
    }
    const people = {};
    for (const [name, wanted] of Object.entries(g.people ?? {})) {
        const generated = await admin('sandboxGenerateCitizen', {}, { ...wanted });
        if (generated.response?.status !== 201) {
            throw new SetupError(`person "${name}" (${wanted.trait}) could not be generated`, generated);
        }
        people[name] = generated.response.body;
    }
    const clock = { now: clockNow };
    const ctx = {
        scenario,
        client,
        contracts,
        sandboxId,
        variables: { saved: {}, people, sandbox: { id: sandboxId }, target: client.baseUrl },
        dossiers: new Set(),
        clientId: g.client ?? DEFAULT_CLIENT,
        officer: g.officer ?? DEFAULT_OFFICER,
        clock,
        today: () => clock.now.slice(0, 10),
        ...(province ? { province } : {}),
    };
    for (const fault of g.faults ?? []) {
        const { id, ...rule } = resolve(fault, ctx.variables);
        const put = await admin('sandboxPutFaultRule', { ruleId: String(id) }, rule);
        if (put.response?.status !== 200 && put.response?.status !== 201) {
            throw new SetupError(`fault "${String(id)}" could not be put`, put);
        }
    }
    if (!g.receiver)
        return ctx;
    const receiver = await startReceiver({ keys, ...g.receiver });
    const withReceiver = { ...ctx, receiver };
    await subscribe(withReceiver, receiver);
    return withReceiver;
}
async function subscribe(ctx, receiver) {
    const answer = await ctx.client.call({
        operationId: 'lienthongPutSubscription',
        as: ctx.clientId,
        headers: {
            'x-sandbox-id': ctx.sandboxId,
            'x-officer-id': ctx.officer,
            'idempotency-key': newIdempotencyKey(),
        },
        body: { diaChiNhan: receiver.url, loaiSuKien: [...EVENT_TYPES] },
    });
    const status = answer.response?.status;
    if (status !== 200 && status !== 201) {
        await receiver.close();
        throw new SetupError('the webhook receiver could not be subscribed', answer);
    }
}
/** Deletes the sandbox and stops the receiver; never throws (clean-up after any outcome). */
export async function tearDown(client, sandboxId, receiver, province) {
    await receiver?.close().catch(() => undefined);
    await province?.close().catch(() => undefined);
    if (sandboxId === undefined)
        return;
    await client
        .call({ operationId: 'sandboxDeleteSandbox', as: 'admin', params: { sandboxId } })
        .catch(() => undefined);
}
function describe(exchange) {
    if (!exchange.response)
        return exchange.error ?? 'no answer';
    const body = exchange.response.body;
    const errors = (body?.errors ?? []).map((e) => `${e.pointer ?? ''} ${e.detail ?? ''}`.trim());
    const detail = [body?.code, body?.detail, ...errors].filter(Boolean).join(' ');
    return `${exchange.response.status}${detail ? ` ${detail}` : ''}`;
}
