import type { KeyObject } from 'node:crypto';
import type { Contracts } from '../contracts/contracts.js';
import type { Handler } from '../contracts/handler.js';
import { type Result } from '../contracts/result.js';
import type { Store } from '../mocks/ports/store/index.js';
import { type ClientRegistry, type OfficerRegistry } from './auth/index.js';
import type { ConfigError, GatewayConfig } from './config.js';
import type { PolicyStage, SecurityStage } from './pipeline/pipeline.js';
import { type DossierLookup, type PolicyConfig } from './policy/index.js';
/** The issuer (`iss`) of the sandbox's access tokens. */
export declare const TOKEN_ISSUER = "lienthong-sandbox";
/** Everything security the gateway is built with. */
export interface GatewaySecurity {
    readonly security: SecurityStage;
    readonly policy: PolicyStage;
    /** `sandboxIssueToken` and `sandboxGetJwks`. */
    readonly handlers: ReadonlyMap<string, Handler>;
    readonly clients: ClientRegistry;
    readonly officers: OfficerRegistry;
}
/** What {@link createGatewaySecurity} needs. */
export interface GatewaySecurityOptions {
    readonly contracts: Contracts;
    readonly store: Store;
    readonly config: Pick<GatewayConfig, 'demo' | 'adminClientSecret' | 'provinceClientSecret'>;
    /** The signing key shared with signed documents (one JWKS for both). */
    readonly signingKey: {
        readonly privateKey: KeyObject;
        readonly kid: string;
    };
    /** Policy limits (SECURITY.md defaults when absent). */
    readonly policy?: Partial<PolicyConfig>;
    /** Finds a query's dossier (GW-06); by default the hub's dossiers in `store`. */
    readonly dossierLookup?: DossierLookup;
    readonly now?: () => Date;
}
/**
 * Builds the authentication and policy stages: client systems and officers in a global scope
 * (demo clients in demo mode; configured secrets otherwise — start-up fails naming the missing
 * setting), OAuth client-credentials tokens signed with the sandbox key, verification with
 * explicit algorithms, issuer and audience, scopes, onboarding states, and the SECURITY.md
 * policy with automatic suspension of a client that keeps breaking it.
 * @see SECURITY.md §1, GW-01..GW-06, GW-14..GW-17; DESIGN.md §4
 */
export declare function createGatewaySecurity(options: GatewaySecurityOptions): Promise<Result<GatewaySecurity, ConfigError>>;
