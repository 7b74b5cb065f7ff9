import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '../../contracts/operation-index.js';
import { loadContracts } from '../../contracts/contracts.js';
import { operationAccess, operationAccessMap } from './operation-access.js';

const header = (name: string): ParameterSpec => ({
  name,
  in: 'header',
  required: true,
  schema: {},
});

describe('operation access', () => {
  it.each([
    ['none', []],
    ['none', [header('Idempotency-Key')]],
    ['citizen', [header('X-Officer-Id')]],
    ['citizen', [header('X-Officer-Id'), header('X-Muc-Dich')]],
    ['personal-data', [header('X-Officer-Id'), header('X-Muc-Dich'), header('X-Ma-Ho-So')]],
    ['personal-data', [header('x-officer-id'), header('x-muc-dich'), header('x-ma-ho-so')]],
    ['none', [{ ...header('X-Officer-Id'), in: 'query' as const }]],
  ] as const)('classifies as %s an operation declaring %j', (expected, parameters) => {
    expect(operationAccess({ parameters })).toBe(expected);
  });

  it('derives the classes of the real contracts from their declared headers', () => {
    const contracts = loadContracts();
    const map = operationAccessMap(contracts.index.operations.values());
    expect(map.get('dancuLookupCitizen')).toBe('personal-data');
    expect(map.get('cutruGetHousehold')).toBe('personal-data');
    expect(map.get('hotichRegisterBirth')).toBe('citizen');
    expect(map.get('lienthongGetDossier')).toBe('citizen');
    expect([...map.values()]).toContain('none');
    expect(map.size).toBe(contracts.index.operations.size);
  });
});
