import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, readConfig } from './config.js';

describe('configuration', () => {
  it('uses the embedded defaults when nothing is set', () => {
    expect(readConfig({}, {})).toEqual({ ok: true, value: DEFAULT_CONFIG });
  });

  it('reads every variable it documents', () => {
    const result = readConfig(
      {},
      {
        HOST: '0.0.0.0',
        PORT: '9090',
        LOG_LEVEL: 'debug',
        LIENTHONG_BODY_LIMIT: '2048',
        LIENTHONG_RESPONSE_VALIDATION: 'lenient',
        LIENTHONG_SEED: '42',
        LIENTHONG_POPULATION: '500',
        LIENTHONG_UPSTREAM_DANCU: 'http://127.0.0.1:9001',
        LIENTHONG_UPSTREAM_TIMEOUT_MS: '2500',
        LIENTHONG_FAULT_TIMEOUT_MS: '1500',
      },
    );
    expect(result).toEqual({
      ok: true,
      value: {
        host: '0.0.0.0',
        port: 9090,
        logLevel: 'debug',
        bodyLimitBytes: 2048,
        responseValidation: 'lenient',
        seed: 42,
        populationSize: 500,
        demo: true,
        upstreams: { dancu: { baseUrl: 'http://127.0.0.1:9001', timeoutMs: 2500 } },
        upstreamTimeoutMs: 2500,
        faultTimeoutMs: 1500,
      },
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['LIENTHONG_BODY_LIMIT', '12.5'],
    ['LIENTHONG_RESPONSE_VALIDATION', 'sometimes'],
    ['LIENTHONG_SEED', '-1'],
    ['LIENTHONG_POPULATION', '10'],
    ['LIENTHONG_FAULT_TIMEOUT_MS', '0'],
  ])('refuses a bad %s and names it', (key, value) => {
    const result = readConfig({}, { [key]: value });
    expect(result).toMatchObject({ ok: false, error: { key } });
    expect(result.ok || result.error.detail).toContain(value);
  });

  it('lets command-line options override the environment', () => {
    expect(readConfig({ port: 0 }, { PORT: '9090' })).toMatchObject({
      ok: true,
      value: { port: 0 },
    });
  });

  it('freezes the configuration', () => {
    const result = readConfig({}, {});
    expect(result.ok && Object.isFrozen(result.value)).toBe(true);
  });
});
