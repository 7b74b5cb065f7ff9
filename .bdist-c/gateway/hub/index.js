import { createAnchorFlows } from './anchor.js';
import { CATALOGUE_OPERATIONS } from './catalogue.js';
import { hubControlPlane, PATH_SANDBOX_OPERATIONS } from './control-plane.js';
import { createDossierWriter } from './dossiers.js';
import { hubOperations } from './handlers.js';
import { adapterFor } from './legs/index.js';
import { createOrchestrator } from './orchestrator.js';
import { createProvincePort } from './province.js';
export { PATH_SANDBOX_OPERATIONS };
/** Builds the hub. */
export function createHub(options) {
    const province = createProvincePort({
        contracts: options.contracts,
        target: options.province,
        token: (ctx) => ctx.keys.sign({
            iss: 'lienthong-sandbox',
            aud: 'tinh',
            sub: 'lienthong',
            scope: 'tinh.receive',
            exp: Math.floor(ctx.clock.now().getTime() / 1000) + 300,
        }),
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.provinceTimeoutMs !== undefined ? { timeoutMs: options.provinceTimeoutMs } : {}),
    });
    const notifiers = [];
    const outbox = options.outbox;
    const writer = createDossierWriter({
        recorders: outbox ? [(ctx, stored) => outbox.enqueue(ctx, stored)] : [],
        notifiers,
    });
    const orchestrator = createOrchestrator({
        writer,
        profile: options.profile,
        adapterFor,
    });
    const anchor = createAnchorFlows({ writer, orchestrator, province });
    notifiers.push((ctx, stored) => anchor.notifyEvent(ctx, stored));
    return {
        operations: [
            ...hubOperations({
                writer,
                orchestrator,
                anchor,
                clientProvince: options.clientProvince,
                provinceMode: (id) => options.province(id).mode,
            }),
            ...hubControlPlane(orchestrator),
            ...CATALOGUE_OPERATIONS,
        ],
    };
}
