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
import type { MockContext } from '../../mocks/kit/context.js';
import type { CollectionDefinition, StoreScope } from '../../mocks/ports/store/index.js';
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
export declare const EXCHANGES: CollectionDefinition<ExchangeRecord, 'byDossier'>;
/** The exchanges collection of a sandbox. */
export declare const exchanges: (s: Pick<StoreScope, "collection">) => import("../../mocks/ports/store/collection.js").Collection<{
    exchangeId: string;
    maTinh: components["schemas"]["ProvinceCode"];
    operationId: components["schemas"]["OperationIdName"];
    maHoSo: components["schemas"]["DossierCode"] | null;
    attempt: number;
    sentAt: components["schemas"]["DateTime"];
    request: components["schemas"]["ExchangeRequestSummary"];
    responseStatus: number | null;
    transportError: "TIMEOUT" | "CONNECTION_REFUSED" | "CONNECTION_RESET" | "TLS_ERROR" | "DNS_ERROR" | null;
    contractValidation: components["schemas"]["ContractValidation"];
    latencyMs: number;
}, "byDossier">;
/** What a push came to. */
export type PushResult = 
/** The province took it (2xx within its contract). */
{
    readonly kind: 'accepted';
    readonly answer: HandlerOutput;
}
/** The province refused it (4xx within its contract): the answer carries its problem. */
 | {
    readonly kind: 'refused';
    readonly answer: HandlerOutput;
}
/** Unreachable, 5xx, or an answer outside the contract: try again later. */
 | {
    readonly kind: 'failed';
    readonly detail: string;
};
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
export declare const PROVINCE_TIMEOUT_MS = 30000;
/** Builds the province port. */
export declare function createProvincePort(options: ProvincePortOptions): {
    /** Sends a push to the sandbox's province and reads the answer. */
    push(ctx: MockContext, push: Push): Promise<PushResult>;
};
/** A province port. */
export type ProvincePort = ReturnType<typeof createProvincePort>;
/** The province code in a dossier code (`000.00.00.H38-…` → `38`). */
export declare function provinceOf(maHoSo: string): string;
export {};
