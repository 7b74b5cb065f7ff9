import express, {} from 'express';
import { packageVersion } from '../contracts/package-root.js';
import { CONTRACT_PROBLEMS, problem } from '../contracts/problems.js';
import { docsRouter } from './docs.js';
import { createHealthHandlers } from './health-handlers.js';
import { bodyErrors, bodyParsers, hasBody, mediaTypeOf } from './http/body.js';
import { createNodeHost } from './http/node-host.js';
import { requestId, requestIdOf } from './http/request-id.js';
import { sendOutput, sendProblem } from './http/send.js';
import { createPipeline } from './pipeline/pipeline.js';
/**
 * Builds the express app that hosts the pipeline. It opens no socket: `bin/` and tests decide
 * whether to `listen`.
 * @see DESIGN.md §3, §4
 */
export function createGateway(options) {
    const { contracts, config, logger } = options;
    const health = createHealthHandlers({
        version: options.version ?? packageVersion(),
        operationCount: contracts.index.operations.size,
        startedAt: Date.now(),
    });
    // Handlers may call operations through the pipeline they are part of: bind it late.
    const late = {};
    const dispatch = (request) => {
        if (!late.pipeline)
            throw new Error('the pipeline is not built yet');
        return late.pipeline(request);
    };
    const given = typeof options.handlers === 'function' ? options.handlers(dispatch) : options.handlers;
    const pipeline = createPipeline({
        contracts,
        responseValidation: config.responseValidation,
        handlers: new Map([...health, ...(given ?? [])]),
        ...options.stages,
    });
    late.pipeline = pipeline;
    const app = express();
    app.disable('x-powered-by');
    // API answers are not cached by validators; computing an ETag hashes every body for nothing.
    app.set('etag', false);
    const failed = (error, request, res) => {
        logger.error({ err: error, ...request }, 'unhandled error');
        if (res.headersSent) {
            res.destroy();
            return;
        }
        sendProblem(res, request.requestId, problem(CONTRACT_PROBLEMS.internalError, 'The sandbox failed to answer; the error is logged with this request id.'));
    };
    const answer = (req, res, next) => {
        const contentType = mediaTypeOf(req.headers);
        const sent = hasBody(req.headers);
        pipeline({
            method: req.method,
            path: req.path,
            query: req.query,
            headers: req.headers,
            requestId: requestIdOf(res),
            sourceIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
            ...(contentType !== undefined ? { contentType } : {}),
            ...(sent ? { body: req.body ?? rawBodyMarker } : {}),
        })
            .then((output) => (output.dropConnection === true ? res.destroy() : sendOutput(res, output)))
            .catch(next);
    };
    app.use(requestId);
    app.use(docsRouter(contracts));
    app.use(...bodyParsers(config.bodyLimitBytes));
    app.use(bodyErrors);
    app.use(answer);
    app.use((error, req, res, _next) => {
        failed(error, { requestId: requestIdOf(res), method: req.method, path: req.path }, res);
    });
    // `listen` fronts the app with the node:http host of the same pipeline (the fast path).
    nodeHosts.set(app, createNodeHost({ pipeline, bodyLimitBytes: config.bodyLimitBytes, fallback: app, failed }));
    return app;
}
/** The node:http host of each app built here. */
const nodeHosts = new WeakMap();
/**
 * What a server should call for each request to `app`: the node:http host in front of the
 * express app when `createGateway` built it (API calls skip express), else the app itself.
 * @see docs/decisions/0006-fast-host.md
 */
export function requestListenerOf(app) {
    return nodeHosts.get(app) ?? app;
}
/**
 * Stands for a body the parsers did not read (an undeclared media type), so validation can tell
 * "no body" from "a body we cannot read" and answer 415.
 */
const rawBodyMarker = Object.freeze({});
