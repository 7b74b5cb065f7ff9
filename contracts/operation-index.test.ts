import { describe, expect, it } from 'vitest';
import type { BundledSpec } from './loader.js';
import { buildOperationIndex, DuplicateOperationError } from './operation-index.js';

function spec(
  system: BundledSpec['system'],
  paths: Record<string, Record<string, { operationId: string }>>,
): BundledSpec {
  const document = { paths: paths as never };
  return { system, file: `${system}.yaml`, document };
}

const index = buildOperationIndex([
  spec('dancu', {
    '/dancu/v1/cong-dan/tra-cuu': { post: { operationId: 'lookup' } },
    '/dancu/v1/cong-dan/{soDinhDanh}': {
      get: { operationId: 'getCitizen' },
      delete: { operationId: 'forget' },
    },
    '/dancu/v1/cong-dan/{soDinhDanh}/cu-tru': { get: { operationId: 'residence' } },
  }),
]);

describe('operation index', () => {
  it('matches a literal segment before a path parameter', () => {
    const match = index.match('POST', '/dancu/v1/cong-dan/tra-cuu');
    expect(match.kind === 'found' && match.operation.operationId).toBe('lookup');
  });

  it('captures path parameters, percent-decoded', () => {
    const match = index.match('get', '/dancu/v1/cong-dan/038%32260001/cu-tru');
    expect(match).toMatchObject({ kind: 'found', params: { soDinhDanh: '0382260001' } });
  });

  it('falls back to the parameter branch when the literal branch has no such route', () => {
    const match = index.match('GET', '/dancu/v1/cong-dan/tra-cuu');
    expect(match).toMatchObject({
      kind: 'found',
      operation: { operationId: 'getCitizen' },
      params: { soDinhDanh: 'tra-cuu' },
    });
  });

  it('reports the allowed methods of a known path', () => {
    expect(index.match('PUT', '/dancu/v1/cong-dan/038226000123')).toEqual({
      kind: 'method-not-allowed',
      allowed: ['DELETE', 'GET'],
    });
  });

  it('does not match unknown paths, empty segments or malformed escapes', () => {
    expect(index.match('GET', '/dancu/v1/khong-co').kind).toBe('not-found');
    expect(index.match('GET', '/dancu/v1/cong-dan//cu-tru').kind).toBe('not-found');
    expect(index.match('GET', '/dancu/v1/cong-dan/%E0%A4%A/cu-tru').kind).toBe('not-found');
  });

  it('answers a path it matched before the same way, with parameters no caller can change', () => {
    const first = index.match('GET', '/dancu/v1/cong-dan/038226000123');
    const again = index.match('get', '/dancu/v1/cong-dan/038226000123');
    expect(again).toEqual(first);
    const params = again.kind === 'found' ? again.params : {};
    expect(() => Object.assign(params, { soDinhDanh: 'other' })).toThrow(TypeError);
    expect(index.match('GET', '/dancu/v1/cong-dan/038226000123')).toMatchObject({
      params: { soDinhDanh: '038226000123' },
    });
  });

  it('matches correctly past the paths it remembers and for unknown or long requests', () => {
    for (let i = 0; i < 2100; i += 1) {
      const id = String(i).padStart(12, '0');
      expect(index.match('GET', `/dancu/v1/cong-dan/${id}`)).toMatchObject({
        params: { soDinhDanh: id },
      });
    }
    const long = `/dancu/v1/cong-dan/${'9'.repeat(300)}`;
    expect(index.match('GET', long)).toMatchObject({
      kind: 'found',
      params: { soDinhDanh: '9'.repeat(300) },
    });
    expect(index.match('BREW', '/dancu/v1/cong-dan/tra-cuu')).toMatchObject({
      kind: 'method-not-allowed',
      allowed: ['POST'],
    });
  });

  it('refuses an operationId declared twice', () => {
    expect(() =>
      buildOperationIndex([
        spec('hotich', { '/a': { get: { operationId: 'same' } } }),
        spec('yte', { '/b': { get: { operationId: 'same' } } }),
      ]),
    ).toThrow(DuplicateOperationError);
  });
});
