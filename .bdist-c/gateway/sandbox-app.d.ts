import { type KeyObject } from 'node:crypto';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Contracts } from '../contracts/contracts.js';
import { type Result } from '../contracts/result.js';
import type { ConfigError, GatewayConfig } from './config.js';
import { type EmbeddedSandbox } from './embedded-sandbox.js';
import { type Journal } from './journal/index.js';
import { type GatewayMetrics } from './metrics/index.js';
import type { PolicyConfig } from './policy/index.js';
import { type GatewaySecurity } from './security.js';
import { type Outbox } from './hub/webhooks/index.js';
/**
 * Generates the sandbox's RSA-2048 signing key off the main thread (libuv pool), so start-up can
 * load contracts and seed the population meanwhile.
 */
export declare function generateSigningKey(): Promise<KeyObject>;
/** The whole sandbox as `lienthong serve` runs it, built without opening a socket. */
export interface SandboxApp {
    readonly app: Express;
    readonly sandbox: EmbeddedSandbox;
    readonly security: GatewaySecurity;
    readonly journal: Journal;
    /** The gateway's metrics registry (`GET /metrics`). */
    readonly metrics: GatewayMetrics;
    /** Webhook deliveries of every sandbox. */
    readonly outbox: Outbox;
}
/**
 * Assembles the sandbox: one signing key (documents, tokens and webhooks share the JWKS), the
 * store, the journal, the sandboxes with every mock and the control plane, authentication and
 * policy, and fault injection, all behind one express app.
 * @see DESIGN.md §3, §4
 */
export declare function createSandboxApp(options: {
    readonly contracts: Contracts;
    readonly config: GatewayConfig;
    readonly logger: Logger;
    readonly now?: () => Date;
    readonly policy?: Partial<PolicyConfig>;
    /** The RSA signing key (`generateSigningKey()`, started early to overlap other start-up work). */
    readonly privateKey?: KeyObject | Promise<KeyObject>;
}): Promise<Result<SandboxApp, ConfigError>>;
