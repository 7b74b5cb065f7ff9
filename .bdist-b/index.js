/**
 * lienthong-sandbox as a library: build the gateway in-process (tests, embedding) or use the
 * contracts directly.
 * @see DESIGN.md §4
 */
export { loadContracts } from './contracts/contracts.js';
export { DEFAULT_CONFIG, readConfig } from './gateway/config.js';
export { createGateway } from './gateway/create-gateway.js';
export { createLogger } from './gateway/logger.js';
export { listen } from './gateway/server.js';
