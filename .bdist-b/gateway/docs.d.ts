import { Router } from 'express';
import type { Contracts } from '../contracts/contracts.js';
/**
 * The folder of the installed swagger-ui-dist package, resolved from this module so it works
 * from the sources (tsx, vitest) and from `dist/` alike; the sandbox never reaches a CDN.
 * @see https://www.npmjs.com/package/swagger-ui-dist
 */
export declare function swaggerUiDistPath(): string;
/**
 * The API reference: `/docs` lists every system, `/docs/<system>` is its interactive reference
 * (Swagger UI, assets under `/docs/assets/` from the local swagger-ui-dist),
 * `/specs/<system>.json|.yaml` the bundled, self-contained OpenAPI documents (for Swagger UI,
 * code generators and API clients). Anything else falls through to the pipeline (404 problem).
 * @see DESIGN.md §4; issue 5 "/docs serving an interactive API reference of every spec"
 */
export declare function docsRouter(contracts: Contracts, assetsDir?: string): Router;
