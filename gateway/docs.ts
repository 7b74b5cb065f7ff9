import { Router, type Request, type Response } from 'express';
import { stringify } from 'yaml';
import type { Contracts } from '../contracts/contracts.js';
import { isSystemName, SYSTEMS } from '../contracts/systems.js';

/**
 * The API reference: `/docs` lists every system and operation, `/docs/<system>` one system,
 * `/specs/<system>.json|.yaml` the bundled, self-contained OpenAPI documents (for code generators
 * and API clients).
 */
export function docsRouter(contracts: Contracts): Router {
  const router = Router();
  router.get('/docs', (_req, res) => {
    res.type('html').send(page('lienthong-sandbox — API reference', indexBody(contracts)));
  });
  router.get('/docs/:system', (req: Request<{ system: string }>, res: Response) => {
    const { system } = req.params;
    if (!isSystemName(system) || !contracts.specs.has(system)) {
      res
        .status(404)
        .type('html')
        .send(page('Not found', `<p>No system named ${escapeHtml(system)}.</p>`));
      return;
    }
    res.type('html').send(page(`${system} — API reference`, systemBody(contracts, system)));
  });
  router.get('/specs/:file', (req: Request<{ file: string }>, res: Response) => {
    const match = /^([a-z]+)\.(json|yaml)$/.exec(req.params.file);
    const system = match?.[1] ?? '';
    const spec = isSystemName(system) ? contracts.specs.get(system) : undefined;
    if (!match || !spec) {
      res.status(404).type('text').send('unknown spec');
      return;
    }
    if (match[2] === 'json') res.type('json').send(JSON.stringify(spec.document, null, 2));
    else res.type('application/yaml').send(stringify(spec.document));
  });
  return router;
}

function indexBody(contracts: Contracts): string {
  const rows = SYSTEMS.filter((s) => contracts.specs.has(s)).map((system) => {
    const ops = contracts.index.bySystem.get(system) ?? [];
    const title = String(
      (contracts.specs.get(system)?.document.info as { title?: unknown } | undefined)?.title ??
        system,
    );
    return (
      `<tr><td><a href="/docs/${system}">${system}</a></td><td>${escapeHtml(title)}</td><td>${ops.length}</td>` +
      `<td><a href="/specs/${system}.json">json</a> · <a href="/specs/${system}.yaml">yaml</a></td></tr>`
    );
  });
  return `<table><thead><tr><th>system</th><th>title</th><th>operations</th><th>OpenAPI</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function systemBody(contracts: Contracts, system: (typeof SYSTEMS)[number]): string {
  const ops = contracts.index.bySystem.get(system) ?? [];
  const rows = ops.map(
    (op) =>
      `<tr><td><code>${op.kind === 'route' ? op.method.toUpperCase() : 'WEBHOOK'}</code></td><td><code>${escapeHtml(op.path)}</code></td>` +
      `<td><code>${escapeHtml(op.operationId)}</code></td><td>${escapeHtml(op.summary)}</td><td>${op.isPublic ? 'public' : escapeHtml(op.scopes.join(' '))}</td></tr>`,
  );
  return (
    `<p><a href="/docs">← all systems</a> · <a href="/specs/${system}.json">OpenAPI (JSON)</a></p>` +
    `<table><thead><tr><th>method</th><th>path</th><th>operationId</th><th>summary</th><th>scopes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}</style>` +
    `</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
