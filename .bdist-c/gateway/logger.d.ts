import { pino, type Logger } from 'pino';
import type { GatewayConfig } from './config.js';
/**
 * Masks personal ID numbers (`038*******23`) in a log line. The journal is the only place where
 * they appear whole.
 * @see SECURITY.md GW-20
 */
export declare function maskIdNumbers(text: string): string;
/** The operational logger: JSON lines on stdout, ID numbers masked. */
export declare function createLogger(level: GatewayConfig['logLevel'], destination?: pino.DestinationStream): Logger;
