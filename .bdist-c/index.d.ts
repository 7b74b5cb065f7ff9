/**
 * lienthong-sandbox as a library: build the gateway in-process (tests, embedding) or use the
 * contracts directly.
 * @see DESIGN.md §4
 */
export { loadContracts, type Contracts } from './contracts/contracts.js';
export type { Handler, HandlerInput, HandlerMap, HandlerOutput } from './contracts/handler.js';
export { DEFAULT_CONFIG, readConfig, type GatewayConfig } from './gateway/config.js';
export { createGateway, type GatewayOptions } from './gateway/create-gateway.js';
export { createLogger } from './gateway/logger.js';
export { listen, type RunningServer } from './gateway/server.js';
