import { describe, expect, it } from 'vitest';
import {
  citizenAccessOf,
  extractCitizens,
  fieldsReturned,
  MAX_SUBJECTS,
  subjectsOf,
} from './citizens.js';

const MOTHER = '072195004321';
const FATHER = '072092005678';
const CHILD = '072322003344';

describe('extractCitizens', () => {
  it.each<[string, readonly unknown[], string[]]>([
    ['nothing', [], []],
    ['a lookup body', [{ soDinhDanh: MOTHER, truong: ['hoTen'] }], [MOTHER]],
    ['a path parameter', [{ soDinhDanh: CHILD }], [CHILD]],
    ['a suffixed key', [{ soDinhDanhNguoiXacNhan: FATHER }], [FATHER]],
    ['a prefixed key', [{ subjectSoDinhDanh: [MOTHER, CHILD] }], [MOTHER, CHILD]],
    ['any case', [{ SODINHDANH: MOTHER }], [MOTHER]],
    [
      'nested relatives',
      [{ soDinhDanh: MOTHER, voChong: { hoTen: 'X', soDinhDanh: FATHER } }],
      [MOTHER, FATHER],
    ],
    [
      'household members',
      [{ thanhVien: [{ soDinhDanh: FATHER }, { soDinhDanh: CHILD }] }],
      [FATHER, CHILD],
    ],
    ['repeats once', [{ soDinhDanh: MOTHER }, { chuHo: { soDinhDanh: MOTHER } }], [MOTHER]],
    [
      'several values in order',
      [{ soDinhDanh: CHILD }, undefined, { soDinhDanh: MOTHER }],
      [CHILD, MOTHER],
    ],
    ['not a 12-digit value', [{ soDinhDanh: '07219500432' }, { soDinhDanh: 72195004321 }], []],
    ['12 digits under another key', [{ soCmnd: '072195004321', maBhxh: '072195004321' }], []],
    ['a legacy number', [{ soCmnd: '290456789' }], []],
    ['12 digits with spaces', [{ soDinhDanh: ' 072195004321' }], []],
    ['null and scalars', [null, 1, 'soDinhDanh', true], []],
  ])('finds %s', (_name, values, expected) => {
    expect(extractCitizens(...values)).toEqual(expected);
  });

  it(`keeps at most ${MAX_SUBJECTS} numbers`, () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      soDinhDanh: `0010990${String(i).padStart(5, '0')}`,
    }));
    expect(extractCitizens({ thanhVien: many })).toHaveLength(MAX_SUBJECTS);
  });
});

describe('fieldsReturned', () => {
  it.each<[string, unknown, string[]]>([
    [
      'a citizen record without its meta',
      {
        soDinhDanh: MOTHER,
        hoTen: 'Trần Thị Thu Hà',
        voChong: { soDinhDanh: FATHER },
        meta: { mucDich: 'KHAI_SINH' },
      },
      ['soDinhDanh', 'hoTen', 'voChong'],
    ],
    [
      'a household',
      { maHo: 'HO-80-00012345', chuHo: { soDinhDanh: FATHER }, thanhVien: [{ soDinhDanh: CHILD }] },
      ['maHo', 'chuHo', 'thanhVien'],
    ],
    ['an answer about no citizen', { maHoSo: 'X', trangThai: 2 }, []],
    ['a list', [{ soDinhDanh: MOTHER }], []],
    ['no answer', undefined, []],
    ['a string', 'soDinhDanh', []],
  ])('lists %s', (_name, answer, expected) => {
    expect(fieldsReturned(answer)).toEqual(expected);
  });
});

describe('citizenAccessOf', () => {
  it('takes citizens from the request and a successful answer', () => {
    const access = citizenAccessOf({
      body: { soDinhDanh: MOTHER },
      status: 200,
      answer: {
        soDinhDanh: MOTHER,
        hoTen: 'Trần Thị Thu Hà',
        voChong: { soDinhDanh: FATHER },
        meta: {},
      },
    });
    expect(access).toEqual({
      subjectSoDinhDanh: [MOTHER, FATHER],
      fieldsReturned: ['soDinhDanh', 'hoTen', 'voChong'],
    });
  });

  it('records the citizen asked for when the call was refused, with no fields', () => {
    const access = citizenAccessOf({
      params: {},
      query: {},
      body: { soDinhDanh: MOTHER },
      status: 403,
      answer: { code: 'PURPOSE_NOT_PERMITTED', detail: `not for ${FATHER}`, soDinhDanh: FATHER },
    });
    expect(access).toEqual({ subjectSoDinhDanh: [MOTHER], fieldsReturned: [] });
  });
});

describe('subjectsOf', () => {
  it('lists the citizens citizenAccessOf records, for answered and refused calls', () => {
    const answer = { soDinhDanh: CHILD, cha: { soDinhDanh: FATHER }, me: { soDinhDanh: MOTHER } };
    for (const status of [200, 404]) {
      const call = { body: { soDinhDanh: CHILD }, status, answer };
      expect(subjectsOf(call)).toEqual(citizenAccessOf(call).subjectSoDinhDanh);
    }
    expect(subjectsOf({ body: { soDinhDanh: CHILD }, status: 200, answer })).toEqual([
      CHILD,
      FATHER,
      MOTHER,
    ]);
  });

  it('finds numbers under keys of any case, the same on every call', () => {
    const answer = { SODINHDANHCHA: FATHER, nguoiKhac: { soDinhDanhMe: MOTHER } };
    expect(subjectsOf({ status: 200, answer })).toEqual([FATHER, MOTHER]);
    expect(subjectsOf({ status: 200, answer: { ...answer } })).toEqual([FATHER, MOTHER]);
  });
});
