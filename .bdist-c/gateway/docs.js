import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Router } from 'express';
import { stringify } from 'yaml';
import { isSystemName } from '../contracts/systems.js';
import { DOCS_ASSETS_PATH, DOCS_SCRIPT, DOCS_SCRIPT_FILE, escapeHtml, indexPage, plainPage, systemPage, } from './docs-page.js';
/**
 * The swagger-ui-dist files the reference pages use: only these are served, never the package's
 * own `index.html` (which points at the public petstore).
 */
const SWAGGER_UI_FILES = new Set([
    'swagger-ui.css',
    'swagger-ui.css.map',
    'swagger-ui-bundle.js',
    'swagger-ui-bundle.js.map',
    'oauth2-redirect.html',
    'oauth2-redirect.js',
    'favicon-16x16.png',
    'favicon-32x32.png',
]);
/** The asset files change only with the package version: let browsers keep them a day. */
const ASSET_MAX_AGE_MS = 24 * 3600_000;
/**
 * The folder of the installed swagger-ui-dist package, resolved from this module so it works
 * from the sources (tsx, vitest) and from `dist/` alike; the sandbox never reaches a CDN.
 * @see https://www.npmjs.com/package/swagger-ui-dist
 */
export function swaggerUiDistPath() {
    return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}
/**
 * The API reference: `/docs` lists every system, `/docs/<system>` is its interactive reference
 * (Swagger UI, assets under `/docs/assets/` from the local swagger-ui-dist),
 * `/specs/<system>.json|.yaml` the bundled, self-contained OpenAPI documents (for Swagger UI,
 * code generators and API clients). Anything else falls through to the pipeline (404 problem).
 * @see DESIGN.md §4; issue 5 "/docs serving an interactive API reference of every spec"
 */
export function docsRouter(contracts, assetsDir = swaggerUiDistPath()) {
    const router = Router();
    router.get('/docs', (_req, res) => {
        res.type('html').send(indexPage(contracts));
    });
    router.get(`${DOCS_ASSETS_PATH}/${DOCS_SCRIPT_FILE}`, (_req, res) => {
        res.type('text/javascript').send(DOCS_SCRIPT);
    });
    router.get(`${DOCS_ASSETS_PATH}/:file`, (req, res, next) => {
        const { file } = req.params;
        if (!SWAGGER_UI_FILES.has(file)) {
            next();
            return;
        }
        res.sendFile(join(assetsDir, file), { maxAge: ASSET_MAX_AGE_MS }, (error) => {
            // A missing file (a broken install) answers like any unknown path: the pipeline's 404.
            if (error && !res.headersSent)
                next();
        });
    });
    router.get('/docs/:system', (req, res) => {
        const { system } = req.params;
        if (!isSystemName(system) || !contracts.specs.has(system)) {
            res
                .status(404)
                .type('html')
                .send(plainPage('Not found', `<p>No system named ${escapeHtml(system)}.</p>`));
            return;
        }
        res.type('html').send(systemPage(contracts, system));
    });
    router.get('/specs/:file', (req, res) => {
        const match = /^([a-z]+)\.(json|yaml)$/.exec(req.params.file);
        const system = match?.[1] ?? '';
        const spec = isSystemName(system) ? contracts.specs.get(system) : undefined;
        if (!match || !spec) {
            res.status(404).type('text').send('unknown spec');
            return;
        }
        if (match[2] === 'json')
            res.type('json').send(JSON.stringify(spec.document, null, 2));
        else
            res.type('application/yaml').send(stringify(spec.document));
    });
    return router;
}
