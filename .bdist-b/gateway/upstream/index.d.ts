/**
 * Remote dispatch (pipeline stage 7): systems configured with a base URL are served by an
 * upstream over HTTP instead of their in-process mock.
 * @see DESIGN.md §3; issue 5 pipeline stage 7
 */
export { createUpstreamHandlers, type UpstreamHandlersOptions } from './handlers.js';
export { UPSTREAM_PROBLEMS } from './problems.js';
export { DEFAULT_UPSTREAM_TIMEOUT_MS, readUpstreams, UPSTREAM_ENV_PREFIX, UPSTREAM_TIMEOUT_ENV, type UpstreamTarget, type UpstreamTargets, } from './upstream-config.js';
export { MissingPathParameterError, REQUEST_ID_HEADER, upstreamRequest, type UpstreamRequest, } from './upstream-request.js';
export { PASSED_RESPONSE_HEADERS, readUpstreamAnswer, type UnreadableAnswer, } from './upstream-response.js';
