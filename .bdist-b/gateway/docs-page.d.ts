import type { Contracts } from '../contracts/contracts.js';
import { type SystemName } from '../contracts/systems.js';
/** Where the reference pages load swagger-ui-dist and their own start-up script from. */
export declare const DOCS_ASSETS_PATH = "/docs/assets";
/** The start-up script of the interactive pages, served beside the swagger-ui-dist files. */
export declare const DOCS_SCRIPT_FILE = "lienthong-docs.js";
/**
 * Starts Swagger UI on `#swagger-ui` with the spec its `data-spec-url` names. Requests to the
 * spec's own server (`data-spec-server`, `http://127.0.0.1:8080`) are sent to the origin that
 * served the page, so "Try it out" reaches this sandbox on whatever port it listens. Plain
 * script, no inline code: the page works under a strict Content-Security-Policy.
 * @see https://swagger.io/docs/open-source-tools/swagger-ui/usage/configuration/
 */
export declare const DOCS_SCRIPT = "(function () {\n  'use strict';\n  var root = document.getElementById('swagger-ui');\n  var specServer = root.getAttribute('data-spec-server') || '';\n  window.ui = SwaggerUIBundle({\n    url: root.getAttribute('data-spec-url'),\n    domNode: root,\n    deepLinking: true,\n    persistAuthorization: true,\n    displayRequestDuration: true,\n    showExtensions: true,\n    oauth2RedirectUrl: window.location.origin + '/docs/assets/oauth2-redirect.html',\n    requestInterceptor: function (request) {\n      if (specServer !== '' && request.url.indexOf(specServer) === 0) {\n        request.url = window.location.origin + request.url.slice(specServer.length);\n      }\n      return request;\n    },\n  });\n})();\n";
/**
 * The index page: every system with its title, operation count, interactive reference and specs.
 * @see DESIGN.md §4 (`/docs`)
 */
export declare function indexPage(contracts: Contracts): string;
/**
 * The interactive reference of one system: Swagger UI (served from this sandbox's own
 * swagger-ui-dist, no CDN) on `/specs/<system>.json`, with the plain operation list as the
 * `<noscript>` fallback.
 * @see DESIGN.md §4 (`/docs`)
 */
export declare function systemPage(contracts: Contracts, system: SystemName): string;
/** A plain page for the index and "not found". */
export declare function plainPage(title: string, body: string): string;
/** Escapes text for HTML content and attribute values. */
export declare function escapeHtml(text: string): string;
