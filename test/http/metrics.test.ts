import { describe, expect, it } from 'vitest';
import { startSandboxApp } from '../support/sandbox-app.js';

type App = Awaited<ReturnType<typeof startSandboxApp>>;

async function lookupSomeone(app: App): Promise<string> {
  const person = app.sandbox.population.people.find((p) => p.death === null);
  if (!person) throw new Error('no living person');
  const response = await fetch(`${app.url}/dancu/v1/cong-dan/tra-cuu`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await app.token('tinh-demo')}`,
      'content-type': 'application/json',
      'x-officer-id': 'cb.hotich.38001',
      'x-muc-dich': 'XAC_THUC_NGUOI_NOP',
      'x-ma-ho-so': '000.00.00.H38-260915-0001',
    },
    body: JSON.stringify({ soDinhDanh: person.id }),
  });
  expect(response.status).toBe(200);
  return person.id;
}

async function scrape(app: App): Promise<string> {
  const response = await fetch(`${app.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

describe('GET /metrics', () => {
  it('serves Prometheus text without a token', async () => {
    await using app = await startSandboxApp();
    const text = await scrape(app);
    expect(text).toContain('# TYPE lienthong_http_requests_total counter');
    expect(text).toContain('# TYPE lienthong_http_request_duration_seconds histogram');
  });

  it('counts a citizen lookup by system, operation and status', async () => {
    await using app = await startSandboxApp();
    await lookupSomeone(app);
    const text = await scrape(app);
    expect(text).toContain(
      'lienthong_http_requests_total{system="dancu",operation_id="dancuLookupCitizen",status="200"} 1',
    );
    expect(text).toMatch(
      /lienthong_http_request_duration_seconds_count\{system="dancu",operation_id="dancuLookupCitizen",status="200"\} 1/,
    );
  });

  it('counts refusals under their status', async () => {
    await using app = await startSandboxApp();
    await fetch(`${app.url}/dancu/v1/cong-dan/tra-cuu`, { method: 'POST' });
    await fetch(`${app.url}/nowhere`);
    const text = await scrape(app);
    expect(text).toContain('operation_id="dancuLookupCitizen",status="401"} 1');
    expect(text).toContain('operation_id="unmatched",status="404"} 1');
  });

  it('reports the journal size of the default sandbox', async () => {
    await using app = await startSandboxApp();
    await lookupSomeone(app);
    const size = (await app.journal.info('default')).size;
    expect(size).toBeGreaterThan(0);
    expect(await scrape(app)).toContain(`lienthong_journal_entries{sandbox_id="default"} ${size}`);
  });

  it('reads a webhook backlog of 0 and process metrics', async () => {
    await using app = await startSandboxApp();
    const text = await scrape(app);
    expect(text).toContain('lienthong_webhook_backlog 0');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('never puts a citizen ID number in a label', async () => {
    await using app = await startSandboxApp();
    const id = await lookupSomeone(app);
    expect(await scrape(app)).not.toContain(id);
  });
});
