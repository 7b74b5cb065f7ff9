import { describe, expect, it } from 'vitest';
import { startTestGateway } from '../support/gateway.js';

const ASSETS = '/docs/assets';

function assetUrls(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/docs\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('interactive API reference', () => {
  it('serves a Swagger UI page per system pointed at its bundled spec', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/docs/hotich`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('id="swagger-ui"');
    expect(html).toContain('data-spec-url="/specs/hotich.json"');
    expect(html).toContain('data-spec-server="http://127.0.0.1:8080"');
    expect(html).toContain('hotichRegisterBirth');
  });

  it('loads every script and stylesheet from the sandbox itself, never a CDN', async () => {
    await using gateway = await startTestGateway();
    const html = await (await fetch(`${gateway.url}/docs/dancu`)).text();
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const expected: Record<string, RegExp> = {
      [`${ASSETS}/swagger-ui.css`]: /^text\/css/,
      [`${ASSETS}/swagger-ui-bundle.js`]: /^(?:text|application)\/javascript/,
      [`${ASSETS}/lienthong-docs.js`]: /^(?:text|application)\/javascript/,
      [`${ASSETS}/favicon-32x32.png`]: /^image\/png/,
    };
    expect(assetUrls(html).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, contentType] of Object.entries(expected)) {
      const response = await fetch(`${gateway.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(contentType);
      expect((await response.arrayBuffer()).byteLength, path).toBeGreaterThan(0);
    }
  });

  it('serves the Swagger UI bundle that defines SwaggerUIBundle, with a cache lifetime', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}${ASSETS}/swagger-ui-bundle.js`);
    expect(response.headers.get('cache-control')).toContain('max-age=86400');
    expect(await response.text()).toContain('SwaggerUIBundle');
  });

  it('serves the OAuth redirect page the Authorize dialog returns to', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}${ASSETS}/oauth2-redirect.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('serves no other file of the package: the rest is a 404 problem', async () => {
    await using gateway = await startTestGateway();
    for (const file of [
      'index.html',
      'package.json',
      'swagger-initializer.js',
      '..%2Fpackage.json',
    ]) {
      const response = await fetch(`${gateway.url}${ASSETS}/${file}`);
      expect(response.status, file).toBe(404);
      expect(response.headers.get('content-type'), file).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers an unknown system with a 404 page', async () => {
    await using gateway = await startTestGateway();
    const response = await fetch(`${gateway.url}/docs/khongco`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('No system named khongco');
  });

  it('links every system of the index to its interactive page', async () => {
    await using gateway = await startTestGateway();
    const html = await (await fetch(`${gateway.url}/docs`)).text();
    for (const system of ['lienthong', 'hotich', 'dancu', 'sandbox']) {
      const page = await fetch(`${gateway.url}/docs/${system}`);
      expect(html).toContain(`href="/docs/${system}"`);
      expect(page.status, system).toBe(200);
      expect(await page.text()).toContain(`data-spec-url="/specs/${system}.json"`);
    }
  });
});
