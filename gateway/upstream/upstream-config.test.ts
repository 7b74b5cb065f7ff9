import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, readUpstreams } from './upstream-config.js';

describe('readUpstreams', () => {
  it('forwards nothing by default and waits 10 s', () => {
    expect(readUpstreams({})).toEqual({
      ok: true,
      value: { upstreams: {}, timeoutMs: DEFAULT_UPSTREAM_TIMEOUT_MS },
    });
  });

  it('reads one base URL per system, with the shared timeout', () => {
    const read = readUpstreams({
      LIENTHONG_UPSTREAM_DANCU: 'http://127.0.0.1:9001',
      LIENTHONG_UPSTREAM_HOTICH: ' https://hotich.example.vn/api/ ',
      LIENTHONG_UPSTREAM_TIMEOUT_MS: '2500',
      LIENTHONG_UPSTREAM_YTE: '',
    });
    expect(read).toEqual({
      ok: true,
      value: {
        upstreams: {
          dancu: { baseUrl: 'http://127.0.0.1:9001', timeoutMs: 2500 },
          hotich: { baseUrl: 'https://hotich.example.vn/api', timeoutMs: 2500 },
        },
        timeoutMs: 2500,
      },
    });
  });

  it.each([
    ['LIENTHONG_UPSTREAM_DANCUU', 'http://127.0.0.1:9001', 'names no forwardable system'],
    ['LIENTHONG_UPSTREAM_SANDBOX', 'http://127.0.0.1:9001', 'names no forwardable system'],
    ['LIENTHONG_UPSTREAM_DANCU', '127.0.0.1:9001', 'e.g. http://127.0.0.1:9001'],
    ['LIENTHONG_UPSTREAM_DANCU', 'not a url', 'e.g. http://127.0.0.1:9001'],
    ['LIENTHONG_UPSTREAM_DANCU', 'ftp://127.0.0.1/', 'http: or https:'],
    ['LIENTHONG_UPSTREAM_DANCU', 'http://127.0.0.1:9001/?a=1', 'without query or fragment'],
    ['LIENTHONG_UPSTREAM_TIMEOUT_MS', '0', 'between 1 and 600000'],
    ['LIENTHONG_UPSTREAM_TIMEOUT_MS', '1.5', 'between 1 and 600000'],
  ])('refuses %s=%s', (key, value, message) => {
    const read = readUpstreams({ [key]: value });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.key).toBe(key);
    expect(read.error.detail).toContain(message);
  });

  it('refuses credentials in a base URL without echoing them', () => {
    const read = readUpstreams({ LIENTHONG_UPSTREAM_BHXH: 'http://user:s3cret@10.0.0.1' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.detail).toContain('without credentials');
    expect(read.error.detail).not.toContain('s3cret');
  });

  it('is part of the gateway configuration', () => {
    const config = readConfig({}, { LIENTHONG_UPSTREAM_VNEID: 'http://127.0.0.1:9009' });
    expect(config.ok && config.value.upstreams).toEqual({
      vneid: { baseUrl: 'http://127.0.0.1:9009', timeoutMs: DEFAULT_UPSTREAM_TIMEOUT_MS },
    });
    const broken = readConfig({}, { LIENTHONG_UPSTREAM_TIMEOUT_MS: 'soon' });
    expect(broken.ok ? undefined : broken.error.key).toBe('LIENTHONG_UPSTREAM_TIMEOUT_MS');
  });
});
