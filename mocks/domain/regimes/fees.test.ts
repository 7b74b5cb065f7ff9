import { describe, expect, it } from 'vitest';
import { resolveRegimeSettings } from './config.js';
import { dossierFee, legFee } from './fees.js';
import type { LegCode } from './vocabulary.js';

const CHARGED = resolveRegimeSettings({ fees: { residence: { childrenExempt: false } } });

describe('fees', () => {
  it.each<LegCode>(['KS', 'TT', 'BHYT', 'CC', 'KT', 'XTT', 'MT', 'TU'])(
    'charges nothing for leg %s by default',
    (leg) => {
      expect(legFee(leg, { channel: 'ONLINE' }).amount).toBe(0);
    },
  );

  it.each([
    ['IN_PERSON', 20_000],
    ['ONLINE', 10_000],
  ] as const)(
    'charges %s residence 20,000/10,000 đ when children are not exempt',
    (channel, amount) => {
      expect(legFee('TT', { channel }, CHARGED).amount).toBe(amount);
    },
  );

  it.each([
    ['KS', 2, 16_000],
    ['KT', 1, 8_000],
    ['BHYT', 3, 0],
  ] as const)('charges leg %s for %i extract copies: %i đ', (leg, extractCopies, amount) => {
    expect(legFee(leg, { channel: 'IN_PERSON', extractCopies }).amount).toBe(amount);
  });

  it('rejects a negative number of copies', () => {
    expect(() => legFee('KS', { channel: 'ONLINE', extractCopies: -1 })).toThrow(RangeError);
  });

  it('totals a dossier', () => {
    const fee = dossierFee(
      ['KS', 'TT', 'BHYT'],
      { channel: 'IN_PERSON', extractCopies: 1 },
      CHARGED,
    );
    expect(fee.total).toBe(28_000);
    expect(fee.lines.map((l) => l.leg)).toEqual(['KS', 'TT', 'BHYT']);
  });

  it('cites a legal basis for every leg', () => {
    const { lines } = dossierFee(['KS', 'TT', 'BHYT', 'CC'], { channel: 'ONLINE' });
    expect(lines.every((l) => l.basis.length > 0)).toBe(true);
  });
});
