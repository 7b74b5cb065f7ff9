import { type Result } from '../../contracts/result.js';
import type { ConfigError } from '../config.js';
import type { ClientRegistry } from './client-registry.js';
import type { OfficerRegistry } from './officer-registry.js';
import type { ClientSystem, OfficerCreateRequest } from './types.js';
/** The documented demo province: 38, Thanh Hóa (the province of the spec examples). */
export declare const DEMO_PROVINCE = "38";
/** The documented demo credentials (fixed, like other local sandboxes). @see DESIGN.md §4 */
export declare const DEMO_CREDENTIALS: {
    readonly province: {
        readonly clientId: "tinh-demo";
        readonly clientSecret: "tinh-demo-secret";
    };
    readonly admin: {
        readonly clientId: "sandbox-admin";
        readonly clientSecret: "sandbox-admin-secret";
    };
};
/** The settings that hold the bootstrap secrets outside demo mode. */
export declare const SECRET_SETTINGS: {
    readonly admin: "LIENTHONG_ADMIN_CLIENT_SECRET";
    readonly province: "LIENTHONG_PROVINCE_CLIENT_SECRET";
};
/**
 * The demo provincial one-stop system: CONNECTED, level 3 with an approved dossier, every
 * purpose of SECURITY.md §3, the hub scopes and the read/write scope of every agency.
 */
export declare const DEMO_PROVINCE_CLIENT: ClientSystem;
/** The control-plane client: scope `sandbox.admin` only, no purpose (it reads no citizen data). */
export declare const DEMO_ADMIN_CLIENT: ClientSystem;
/** The named officer of the demo province (the officer of the README examples). */
export declare const DEMO_OFFICER: OfficerCreateRequest;
/** A client to write at start-up with its secret. */
export interface ClientSeed {
    readonly client: ClientSystem;
    readonly secret: string;
    readonly officers: readonly OfficerCreateRequest[];
}
/**
 * The clients to seed. In demo mode: both demo clients with their documented secrets. Otherwise
 * the admin client needs `LIENTHONG_ADMIN_CLIENT_SECRET`, and the province client is seeded only
 * when `LIENTHONG_PROVINCE_CLIENT_SECRET` is set; a missing, malformed or documented demo secret
 * is a configuration error naming the setting, so start-up stops.
 * @see DESIGN.md §4 (demo mode); SECURITY.md GW-13
 */
export declare function bootstrapClients(demo: boolean, env: Readonly<Record<string, string | undefined>>): Result<readonly ClientSeed[], ConfigError>;
/**
 * Writes the seeds into the registries (idempotent: a restart overwrites them; an officer that
 * already exists is left as it is).
 */
export declare function seedClients(clients: Pick<ClientRegistry, 'seed'>, officers: Pick<OfficerRegistry, 'create'>, seeds: readonly ClientSeed[]): Promise<void>;
