import { SYSTEMS } from '../contracts/systems.js';
/** Where the reference pages load swagger-ui-dist and their own start-up script from. */
export const DOCS_ASSETS_PATH = '/docs/assets';
/** The start-up script of the interactive pages, served beside the swagger-ui-dist files. */
export const DOCS_SCRIPT_FILE = 'lienthong-docs.js';
/**
 * Starts Swagger UI on `#swagger-ui` with the spec its `data-spec-url` names. Requests to the
 * spec's own server (`data-spec-server`, `http://127.0.0.1:8080`) are sent to the origin that
 * served the page, so "Try it out" reaches this sandbox on whatever port it listens. Plain
 * script, no inline code: the page works under a strict Content-Security-Policy.
 * @see https://swagger.io/docs/open-source-tools/swagger-ui/usage/configuration/
 */
export const DOCS_SCRIPT = `(function () {
  'use strict';
  var root = document.getElementById('swagger-ui');
  var specServer = root.getAttribute('data-spec-server') || '';
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-spec-url'),
    domNode: root,
    deepLinking: true,
    persistAuthorization: true,
    displayRequestDuration: true,
    showExtensions: true,
    oauth2RedirectUrl: window.location.origin + '${DOCS_ASSETS_PATH}/oauth2-redirect.html',
    requestInterceptor: function (request) {
      if (specServer !== '' && request.url.indexOf(specServer) === 0) {
        request.url = window.location.origin + request.url.slice(specServer.length);
      }
      return request;
    },
  });
})();
`;
/**
 * The index page: every system with its title, operation count, interactive reference and specs.
 * @see DESIGN.md §4 (`/docs`)
 */
export function indexPage(contracts) {
    const rows = SYSTEMS.filter((s) => contracts.specs.has(s)).map((system) => {
        const ops = contracts.index.bySystem.get(system) ?? [];
        return (`<tr><td><a href="/docs/${system}">${system}</a></td><td>${escapeHtml(specTitle(contracts, system))}</td><td>${ops.length}</td>` +
            `<td><a href="/specs/${system}.json">json</a> · <a href="/specs/${system}.yaml">yaml</a></td></tr>`);
    });
    const body = `<table><thead><tr><th>system</th><th>title</th><th>operations</th><th>OpenAPI</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    return plainPage('lienthong-sandbox — API reference', body);
}
/**
 * The interactive reference of one system: Swagger UI (served from this sandbox's own
 * swagger-ui-dist, no CDN) on `/specs/<system>.json`, with the plain operation list as the
 * `<noscript>` fallback.
 * @see DESIGN.md §4 (`/docs`)
 */
export function systemPage(contracts, system) {
    const title = `${system} — ${specTitle(contracts, system)}`;
    const server = firstServerUrl(contracts, system);
    const nav = `<nav class="lt-nav"><a href="/docs">← all systems</a> · ` +
        `<a href="/specs/${system}.json">OpenAPI (JSON)</a> · <a href="/specs/${system}.yaml">YAML</a></nav>`;
    return (`<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(title)}</title>` +
        `<link rel="stylesheet" href="${DOCS_ASSETS_PATH}/swagger-ui.css">` +
        `<link rel="icon" type="image/png" href="${DOCS_ASSETS_PATH}/favicon-32x32.png">` +
        `<style>body{margin:0}.lt-nav{font-family:system-ui,sans-serif;padding:.6rem 1.25rem;border-bottom:1px solid #ddd}</style>` +
        `</head><body>${nav}` +
        `<div id="swagger-ui" data-spec-url="/specs/${system}.json" data-spec-server="${escapeHtml(server)}"></div>` +
        `<noscript>${operationTable(contracts, system)}</noscript>` +
        `<script src="${DOCS_ASSETS_PATH}/swagger-ui-bundle.js"></script>` +
        `<script src="${DOCS_ASSETS_PATH}/${DOCS_SCRIPT_FILE}"></script>` +
        `</body></html>`);
}
/** A plain page for the index and "not found". */
export function plainPage(title, body) {
    return (`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
        `<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}</style>` +
        `</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`);
}
/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function operationTable(contracts, system) {
    const ops = contracts.index.bySystem.get(system) ?? [];
    const rows = ops.map((op) => `<tr><td><code>${op.kind === 'route' ? op.method.toUpperCase() : 'WEBHOOK'}</code></td><td><code>${escapeHtml(op.path)}</code></td>` +
        `<td><code>${escapeHtml(op.operationId)}</code></td><td>${escapeHtml(op.summary)}</td><td>${op.isPublic ? 'public' : escapeHtml(op.scopes.join(' '))}</td></tr>`);
    return `<table><thead><tr><th>method</th><th>path</th><th>operationId</th><th>summary</th><th>scopes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function specTitle(contracts, system) {
    const info = contracts.specs.get(system)?.document.info;
    return typeof info?.title === 'string' ? info.title : system;
}
function firstServerUrl(contracts, system) {
    const servers = contracts.specs.get(system)?.document.servers;
    const url = servers?.[0]?.url;
    return typeof url === 'string' ? url : '';
}
