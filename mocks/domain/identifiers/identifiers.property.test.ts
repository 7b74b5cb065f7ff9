import fc from 'fast-check';
import { expect, it } from 'vitest';
import { generateAgencyCode, parseAgencyCode, sandboxAgencyCode } from './agency-code.js';
import { generateBhxhCode, parseBhxhCode, validateBhxhCode } from './bhxh-code.js';
import { generateBhytCardNumber, parseBhytCardNumber } from './bhyt-card.js';
import { daysInMonth, formatCalendarDate, parseCalendarDate } from './calendar-date.js';
import {
  generateBirthCertificateCode,
  generateDeathNoticeCode,
  validateBirthCertificateCode,
  validateDeathNoticeCode,
} from './certificate-code.js';
import type { DossierLeg } from './dossier-code.js';
import {
  DOSSIER_LEGS,
  createDossierCodeFormat,
  generateDossierCode,
  validateDossierCode,
} from './dossier-code.js';
import {
  generateLegacyIdNumber,
  generatePersonalId,
  validateLegacyIdNumber,
  validatePersonalId,
} from './personal-id.js';
import { generateProcedureCode, parseProcedureCode } from './procedure-code.js';
import { ID_PROVINCES, POST_2025_PROVINCE_CODES } from './province-codes.js';
import type { ResidenceNoticeKind } from './residence-notice.js';
import {
  RESIDENCE_NOTICE_KINDS,
  generateResidenceNoticeNumber,
  validateResidenceNoticeNumber,
} from './residence-notice.js';

/** A deterministic RNG replaying fast-check's draws, so failures shrink and replay. */
const randomSource = fc
  .array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1 })
  .map((draws) => {
    let i = 0;
    return () => draws[i++ % draws.length] ?? 0;
  });

const oldCodes = ID_PROVINCES.map((p) => p.code.slice(1));
const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
const day = (minYear: number, maxYear: number) =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map((d) => formatCalendarDate({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));
const agencyCode = fc.stringMatching(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/);

it('generates personal ID numbers that validate and encode the birth year, sex and province', () => {
  fc.assert(
    fc.property(
      day(1900, 2399),
      fc.constantFrom('NAM' as const, 'NU' as const),
      fc.nat(),
      randomSource,
      (birthDate, sex, pick, random) => {
        const after = birthDate >= '2025-07-01';
        const codes = after ? POST_2025_PROVINCE_CODES : oldCodes;
        const provinceCode = codes[pick % codes.length] ?? '01';
        const value = generatePersonalId({ provinceCode, birthDate, sex, random });
        const birthYear = Number(birthDate.slice(0, 4));
        const result = validatePersonalId(value, { birthYear, sex });
        expect(result.ok && result.value).toMatchObject({
          provinceCode: `0${provinceCode}`,
          birthYear,
          sex,
          century: Math.floor(birthYear / 100) * 100,
          serial: value.slice(6),
        });
      },
    ),
  );
});

it('generates legacy CMND numbers that validate', () => {
  fc.assert(
    fc.property(randomSource, (random) => {
      expect(validateLegacyIdNumber(generateLegacyIdNumber(random)).ok).toBe(true);
    }),
  );
});

it('generates BHXH codes that validate and give back their province', () => {
  fc.assert(
    fc.property(fc.constantFrom(...oldCodes), randomSource, (provinceCode, random) => {
      const value = generateBhxhCode({ provinceCode, random });
      expect(validateBhxhCode(value).ok).toBe(true);
      expect(parseBhxhCode(value)).toEqual({
        ok: true,
        value: { code: value, provinceCode, serial: value.slice(2) },
      });
    }),
  );
});

it('composes BHYT card numbers that parse back into their parts', () => {
  const parts = fc
    .record({
      doiTuong: fc.stringMatching(/^[A-Z]{2}$/),
      mucHuong: fc.integer({ min: 1, max: 5 }),
      maTinh: fc.constantFrom(...oldCodes),
      maSoBhxh: digits(10),
    })
    .map((p) => (p.doiTuong === 'TE' ? { ...p, mucHuong: 1 } : p));
  fc.assert(
    fc.property(parts, (input) => {
      expect(parseBhytCardNumber(generateBhytCardNumber(input))).toEqual({
        ok: true,
        value: input,
      });
    }),
  );
});

it('composes birth-certificate and death-notice codes that parse back into their parts', () => {
  const parts = fc.record({
    sequence: fc.integer({ min: 1, max: 99_999 }),
    facilityCode: digits(5),
    year: fc.integer({ min: 2000, max: 2099 }),
  });
  fc.assert(
    fc.property(parts, (input) => {
      expect(validateBirthCertificateCode(generateBirthCertificateCode(input), input)).toEqual({
        ok: true,
        value: { kind: 'GCS', ...input },
      });
      expect(validateDeathNoticeCode(generateDeathNoticeCode(input), input)).toEqual({
        ok: true,
        value: { kind: 'GBT', ...input },
      });
    }),
  );
});

it('composes procedure codes that parse back into their parts', () => {
  const parts = fc.record(
    {
      prefix: fc.integer({ min: 0, max: 9 }),
      serial: digits(6),
      provincialSuffix: fc.stringMatching(/^[A-Z]\d{2}$/),
    },
    { requiredKeys: ['prefix', 'serial'] },
  );
  fc.assert(
    fc.property(parts, (input) => {
      const parsed = parseProcedureCode(generateProcedureCode(input));
      expect(parsed).toEqual({
        ok: true,
        value: { ...input, nationalCode: `${input.prefix}.${input.serial}` },
      });
    }),
  );
});

it('composes agency codes that parse back into their four levels', () => {
  fc.assert(
    fc.property(agencyCode, (code) => {
      const parsed = parseAgencyCode(code);
      expect(parsed.ok && generateAgencyCode(parsed.value)).toBe(code);
    }),
  );
});

it('gives every post-2025 province a sandbox agency code that parses', () => {
  for (const province of POST_2025_PROVINCE_CODES) {
    const { code } = sandboxAgencyCode(province);
    expect(parseAgencyCode(code).ok && code.endsWith(`.H${province}`)).toBe(true);
  }
});

it.each(['{agency}-{yyMMdd}-{seq4}', 'HS{yyyyMMdd}.{agency}/{seq6}', '{seq3}_{agency}_{yyMMdd}'])(
  'composes dossier codes of template %s that parse back into their parts',
  (template) => {
    const format = createDossierCodeFormat(template);
    const width = 10 ** format.seqDigits - 1;
    const legs = Object.keys(DOSSIER_LEGS) as DossierLeg[];
    const parts = fc.record(
      {
        agency: agencyCode,
        date: day(2000, 2099),
        seq: fc.integer({ min: 1, max: width }),
        leg: fc.constantFrom(...legs),
      },
      { requiredKeys: ['agency', 'date', 'seq'] },
    );
    fc.assert(
      fc.property(parts, (input) => {
        const value = generateDossierCode(input, format);
        const parsed = validateDossierCode(value, { leg: input.leg }, format);
        expect(parsed.ok && parsed.value).toMatchObject(input);
        expect(parsed.ok && parsed.value.leg).toBe(input.leg);
      }),
    );
  },
);

it('composes residence notice numbers that parse back into their parts', () => {
  const kinds = Object.keys(RESIDENCE_NOTICE_KINDS) as ResidenceNoticeKind[];
  const parts = fc.record({
    kind: fc.constantFrom(...kinds),
    maXa: digits(5),
    year: fc.integer({ min: 1000, max: 9999 }),
    seq: fc.integer({ min: 1, max: 999_999 }),
  });
  fc.assert(
    fc.property(parts, (input) => {
      const value = generateResidenceNoticeNumber(input);
      expect(validateResidenceNoticeNumber(value, { kind: input.kind })).toEqual({
        ok: true,
        value: { ...input, formCode: RESIDENCE_NOTICE_KINDS[input.kind].formCode },
      });
    }),
  );
});

it('reads back every day that formatCalendarDate writes', () => {
  fc.assert(
    fc.property(day(1, 9999), (value) => {
      const date = parseCalendarDate(value);
      expect(date && formatCalendarDate(date)).toBe(value);
    }),
  );
});
