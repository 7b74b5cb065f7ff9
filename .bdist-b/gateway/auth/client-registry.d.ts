import { type Problem } from '../../contracts/problems.js';
import { type Result } from '../../contracts/result.js';
import type { Clock } from '../../mocks/ports/clock/clock.js';
import type { CollectionDefinition, InvalidCursorError, Page, StoreScope } from '../../mocks/ports/store/index.js';
import { type StateChange } from './client-lifecycle.js';
import { type RandomBytes } from './secrets.js';
import type { ClientRegistrationRequest, ClientState, ClientSystem, OfficerRole } from './types.js';
/** A client system as stored: the public view, the secret's hash, a version awaiting approval. */
export interface ClientRecord {
    readonly client: ClientSystem;
    readonly secretHash: string;
    /** The version a client announced that moved it to PENDING_REAPPROVAL (GW-03). */
    readonly pendingVersion?: string;
}
/** The collection of client systems in the global (sandbox-independent) scope. */
export declare const CLIENTS_COLLECTION = "gateway.clients";
/** How client systems are stored and indexed. */
export declare const CLIENT_DEFINITION: CollectionDefinition<ClientRecord, 'byProvince' | 'byState'>;
/** Who receives a secret: the unit it is handed to and the acting role (GW-13). */
export interface CredentialHolder {
    readonly unit?: string;
    readonly actorRole?: OfficerRole;
}
/** A secret shown once, with the client it belongs to. */
export interface IssuedSecret {
    readonly client: ClientSystem;
    readonly clientSecret: string;
    readonly issuedAt: string;
}
/** Filters of {@link ClientRegistry.list}. */
export interface ClientListQuery {
    readonly limit: number;
    readonly cursor?: string;
    readonly state?: ClientState;
    readonly maTinh?: string;
}
/** Client systems, their onboarding state and secrets, over the Store. */
export interface ClientRegistry {
    /** Registers a client in REGISTERED with a fresh secret, shown once. */
    register(request: ClientRegistrationRequest, holder?: CredentialHolder): Promise<Result<IssuedSecret, Problem>>;
    /** Writes a client as given with a known secret (start-up seeding; replaces any earlier one). */
    seed(client: ClientSystem, secret: string): Promise<void>;
    get(clientId: string): Promise<ClientSystem | undefined>;
    list(query: ClientListQuery): Promise<Result<Page<ClientSystem>, InvalidCursorError>>;
    /** Moves the client along the lifecycle table. */
    changeState(clientId: string, change: StateChange): Promise<Result<ClientSystem, Problem>>;
    /** A new secret, shown once; the old one stops working at once. */
    rotateSecret(clientId: string, holder?: CredentialHolder): Promise<Result<IssuedSecret, Problem>>;
    /** The client when the secret matches; `undefined` for an unknown client or a wrong secret. */
    authenticate(clientId: string, secret: string): Promise<ClientSystem | undefined>;
    /** Puts a CONNECTED client on hold after it announced another version (GW-03). */
    holdForVersion(clientId: string, version: string): Promise<Result<ClientSystem, Problem>>;
}
/** What {@link createClientRegistry} needs. */
export interface ClientRegistryOptions {
    /** A global scope, not a sandbox's: client systems are shared by every sandbox. */
    readonly scope: StoreScope;
    readonly clock: Pick<Clock, 'now'>;
    readonly random?: RandomBytes;
}
/**
 * Creates the client-system registry. Secrets are scrypt-hashed and shown once; only the owning
 * unit may hold one (`CREDENTIAL_HOLDER_NOT_PERMITTED` otherwise).
 * @see ../shared/domain/SECURITY.md §1, GW-01, GW-03, GW-13, GW-14
 * @see specs/sandbox.yaml (sandboxRegisterClient, sandboxChangeClientState, sandboxRotateClientSecret)
 */
export declare function createClientRegistry(options: ClientRegistryOptions): ClientRegistry;
