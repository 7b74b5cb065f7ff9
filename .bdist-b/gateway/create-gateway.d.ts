import type { RequestListener } from 'node:http';
import { type Express } from 'express';
import type { Logger } from 'pino';
import type { Contracts } from '../contracts/contracts.js';
import type { HandlerMap } from '../contracts/handler.js';
import type { GatewayConfig } from './config.js';
import { type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
/** What the gateway is built from; every dependency is an argument. */
export interface GatewayOptions {
    readonly contracts: Contracts;
    readonly config: GatewayConfig;
    readonly logger: Logger;
    /**
     * Behaviour per `operationId`, or a factory that receives the pipeline so handlers (the mocks)
     * can call other operations through it. Operations without a handler answer with their example.
     */
    readonly handlers?: HandlerMap | ((dispatch: Pipeline) => HandlerMap);
    /** Sandbox-scoped stages: resolution, journal, faults; authentication and policy; observers. */
    readonly stages?: Pick<PipelineOptions, 'sandboxes' | 'journal' | 'faults' | 'security' | 'policy' | 'observe'>;
    /** Reported by the health operations; defaults to this package's version. */
    readonly version?: string;
}
/**
 * Builds the express app that hosts the pipeline. It opens no socket: `bin/` and tests decide
 * whether to `listen`.
 * @see DESIGN.md §3, §4
 */
export declare function createGateway(options: GatewayOptions): Express;
/**
 * What a server should call for each request to `app`: the node:http host in front of the
 * express app when `createGateway` built it (API calls skip express), else the app itself.
 * @see docs/decisions/0006-fast-host.md
 */
export declare function requestListenerOf(app: Express): RequestListener;
