/**
 * Ports of the sandbox: the Store (per-sandbox state) and the Clock (per-sandbox time), with
 * their in-memory adapters. Agency mocks, the hub and the gateway depend on these interfaces
 * and receive the adapters as plain arguments.
 *
 * @see ../shared/DESIGN.md §3
 * @see mocks/ports/README.md
 */
export * from './clock/index.js';
export * from './store/index.js';
