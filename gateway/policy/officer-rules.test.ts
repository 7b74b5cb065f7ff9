import { describe, expect, it } from 'vitest';
import { checkDevice, checkOfficer, officerIdOf, type PolicyOfficer } from './officer-rules.js';

const CLIENT = { clientId: 'tinh-demo', ownerUnit: 'UBND tỉnh Hà Tĩnh', registeredPurposes: [] };
const OFFICER: PolicyOfficer = {
  officerId: 'cb.hotich.38001',
  unit: 'UBND tỉnh Hà Tĩnh',
  status: 'ACTIVE',
  hasTthcFunction: true,
  devices: ['MT-38-0001'],
};

describe('officer rules', () => {
  it.each([
    ['cb.a', undefined, 'cb.a'],
    [undefined, 'cb.t', 'cb.t'],
    ['cb.t', 'cb.t', 'cb.t'],
    [undefined, undefined, 'OFFICER_REQUIRED'],
    ['', undefined, 'OFFICER_REQUIRED'],
    [42, undefined, 'OFFICER_REQUIRED'],
    ['cb.a', 'cb.t', 'OFFICER_NOT_PERMITTED'],
  ])('header %j with token officer %j gives %s', (header, token, expected) => {
    const result = officerIdOf(header, token);
    expect(result.ok ? result.value : result.error.code).toBe(expected);
  });

  it('gives 401 for a missing officer', () => {
    const result = officerIdOf(undefined, undefined);
    expect(result.ok ? undefined : result.error.status).toBe(401);
  });

  it.each([
    ['a registered, active officer of the owner unit', OFFICER, 'ok'],
    ['an unknown officer', undefined, 'OFFICER_NOT_PERMITTED'],
    [
      'an officer of another unit',
      { ...OFFICER, unit: 'Công ty phần mềm' },
      'OFFICER_NOT_PERMITTED',
    ],
    ['an inactive officer', { ...OFFICER, status: 'INACTIVE' as const }, 'OFFICER_NOT_PERMITTED'],
    ['a surplus account', { ...OFFICER, hasTthcFunction: false }, 'OFFICER_NOT_PERMITTED'],
  ])('judges %s', (_name, officer, expected) => {
    const result = checkOfficer(officer, CLIENT);
    expect(result.ok ? 'ok' : result.error.code).toBe(expected);
  });

  it.each([
    ['MT-38-0001', 'monitor', 'registered'],
    ['MT-38-0001', 'enforce', 'registered'],
    ['MT-99', 'monitor', 'unregistered'],
    [undefined, 'monitor', 'unregistered'],
    ['MT-99', 'enforce', 'DEVICE_NOT_REGISTERED'],
    [undefined, 'enforce', 'DEVICE_NOT_REGISTERED'],
  ] as const)('judges workstation %j in %s mode: %s', (header, mode, expected) => {
    const result = checkDevice(header, OFFICER, mode);
    const verdict = result.ok
      ? result.value.registered
        ? 'registered'
        : 'unregistered'
      : result.error.code;
    expect(verdict).toBe(expected);
  });
});
