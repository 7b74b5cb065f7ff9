import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './config.js';
import { REGIMES } from './regime-table.js';
import { GROUP_IDS } from './vocabulary.js';

const groups = REGIMES.flatMap((regime) =>
  GROUP_IDS.map((group) => [regime.id, group, regime.groups[group]] as const),
);

describe('regime table', () => {
  it.each(groups)('lists only legs of %s %s in its combinations', (_regime, _group, definition) => {
    for (const combination of definition.combinations) {
      expect(definition.legs).toEqual(expect.arrayContaining([...combination.legs]));
      expect(combination.legs).toEqual(expect.arrayContaining([...definition.mandatory]));
    }
  });

  it.each(groups)(
    'satisfies the default dependencies in every %s %s combination',
    (_r, _g, def) => {
      for (const { legs } of def.combinations) {
        for (const leg of legs) {
          const deps = DEFAULT_SETTINGS.legs[leg].dependsOn;
          expect(legs, `${leg} needs ${deps.join(',')}`).toEqual(expect.arrayContaining([...deps]));
        }
      }
    },
  );

  it('keeps the regimes contiguous and non-overlapping', () => {
    const [first, second] = REGIMES;
    expect(first?.validTo).toBe('2026-08-31');
    expect(second?.validFrom).toBe('2026-09-01');
  });

  it('adds the ID card leg only in 2026', () => {
    expect(REGIMES.map((r) => r.groups.NHOM_1.legs.includes('CC'))).toEqual([false, true]);
  });
});
