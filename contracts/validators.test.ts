import { describe, expect, it } from 'vitest';
import { loadContracts } from './contracts.js';
import { validationProblem } from './problems.js';

const contracts = loadContracts();
const { validators } = contracts;

const officer = { 'X-Officer-Id': 'cb.hotich.38001' };
const confirmation = {
  loaiXacNhan: 'DONG_Y_CHU_HO',
  soDinhDanhNguoiXacNhan: '038090001234',
  maHoSo: '000.00.00.H38-260915-0007-TT',
  noiDung: 'Đồng ý cho Lê Minh An đăng ký thường trú vào hộ gia đình',
};

function rejectionOf(result: ReturnType<typeof validators.validateRequest>) {
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
}

describe('request validation', () => {
  it('accepts a request that honours its contract', () => {
    const result = validators.validateRequest('vneidRequestConfirmation', {
      path: {},
      query: {},
      headers: officer,
      contentType: 'application/json',
      body: confirmation,
    });
    expect(result.ok).toBe(true);
  });

  it('points at every offending body field with a JSON pointer', () => {
    const rejection = rejectionOf(
      validators.validateRequest('vneidRequestConfirmation', {
        path: {},
        query: {},
        headers: officer,
        contentType: 'application/json',
        body: {
          ...confirmation,
          soDinhDanhNguoiXacNhan: '12345',
          hanXacNhan: '2026-09-17',
          thua: true,
          noiDung: undefined,
        },
      }),
    );
    expect(rejection).toEqual({
      kind: 'invalid',
      violations: expect.arrayContaining([
        expect.objectContaining({ pointer: '/body/soDinhDanhNguoiXacNhan', code: 'PATTERN' }),
        expect.objectContaining({ pointer: '/body/hanXacNhan', code: 'FORMAT' }),
        expect.objectContaining({ pointer: '/body/thua', code: 'UNKNOWN_PROPERTY' }),
        expect.objectContaining({ pointer: '/body/noiDung', code: 'REQUIRED' }),
      ]),
    });
  });

  it('names a missing required header by its lower-case name', () => {
    const rejection = rejectionOf(
      validators.validateRequest('vneidGetConfirmation', {
        path: { maXacNhan: 'XN-000123' },
        query: {},
        headers: {},
      }),
    );
    expect(rejection).toEqual({
      kind: 'invalid',
      violations: [expect.objectContaining({ pointer: '/header/x-officer-id', code: 'REQUIRED' })],
    });
  });

  it('checks path parameters against their schema', () => {
    const rejection = rejectionOf(
      validators.validateRequest('vneidGetConfirmation', {
        path: { maXacNhan: 'abc' },
        query: {},
        headers: officer,
      }),
    );
    expect(rejection).toMatchObject({
      violations: [{ pointer: '/path/maXacNhan', code: 'PATTERN' }],
    });
  });

  it('refuses query parameters the contract does not declare', () => {
    const rejection = rejectionOf(
      validators.validateRequest('vneidGetConfirmation', {
        path: { maXacNhan: 'XN-000123' },
        query: { trangthai: '1' },
        headers: officer,
      }),
    );
    expect(rejection).toMatchObject({
      violations: [{ pointer: '/query/trangthai', code: 'UNKNOWN_PARAMETER' }],
    });
  });

  it('requires the body an operation declares as required', () => {
    const rejection = rejectionOf(
      validators.validateRequest('vneidRequestConfirmation', {
        path: {},
        query: {},
        headers: officer,
      }),
    );
    expect(rejection).toMatchObject({ violations: [{ pointer: '/body', code: 'REQUIRED' }] });
  });

  it('refuses a body on an operation that takes none', () => {
    const rejection = rejectionOf(
      validators.validateRequest('vneidGetConfirmation', {
        path: { maXacNhan: 'XN-000123' },
        query: {},
        headers: officer,
        contentType: 'application/json',
        body: {},
      }),
    );
    expect(rejection).toMatchObject({
      violations: [{ pointer: '/body', code: 'UNEXPECTED_BODY' }],
    });
  });

  it('reports an undeclared media type separately, with the supported ones', () => {
    const rejection = rejectionOf(
      validators.validateRequest('vneidRequestConfirmation', {
        path: {},
        query: {},
        headers: officer,
        contentType: 'text/plain',
        body: 'x',
      }),
    );
    expect(rejection).toEqual({ kind: 'unsupported-media-type', supported: ['application/json'] });
  });

  it('wraps violations in a 400 validation problem', () => {
    const p = validationProblem([
      { pointer: '/body/treEm/ngaySinh', code: 'FORMAT', detail: 'must match format "date"' },
    ]);
    expect(p).toMatchObject({
      type: 'urn:lienthong-sandbox:problem:validation-failed',
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [{ pointer: '/body/treEm/ngaySinh' }],
    });
  });
});

describe('response validation', () => {
  it('accepts the contract example of a response', () => {
    const media =
      contracts.index.operations.get('vneidGetAccount')?.responses['200']?.content[
        'application/json'
      ];
    expect(
      validators.validateResponse('vneidGetAccount', 200, 'application/json', media?.examples[0])
        .ok,
    ).toBe(true);
  });

  it('reports an answer that breaks the contract, field by field', () => {
    const result = validators.validateResponse('vneidGetAccount', 200, 'application/json', {
      soDinhDanh: '038090001234',
      mucDoDinhDanh: 3,
    });
    expect(result).toMatchObject({
      ok: false,
      error: expect.arrayContaining([
        expect.objectContaining({ pointer: '/response/mucDoDinhDanh', code: 'ENUM' }),
        expect.objectContaining({ pointer: '/response/trangThai', code: 'REQUIRED' }),
      ]),
    });
  });

  it('reports a status the contract does not declare', () => {
    expect(
      validators.validateResponse('vneidGetAccount', 418, 'application/json', {}),
    ).toMatchObject({
      ok: false,
      error: [{ code: 'UNDECLARED_STATUS' }],
    });
  });
});

describe('linked dossier contracts', () => {
  const submit = contracts.index.operations.get('lienthongSubmitDossier');
  const example = submit?.requestBody?.content['application/json']?.examples[0] as Record<
    string,
    unknown
  >;
  const list = contracts.index.operations.get('lienthongListDossiers');
  const listHeaders = Object.fromEntries(
    (list?.parameters ?? [])
      .filter((p) => p.in === 'header' && p.required)
      .map((p) => [p.name, p.example]),
  );

  it('points at the child birth date of a group-1 dossier, not at the group-2 alternative', () => {
    const treEm = { ...(example.treEm as Record<string, unknown>), ngaySinh: '15/09/2026' };
    const violations = validators.validateRequestBody(
      'lienthongSubmitDossier',
      'application/json',
      { ...example, treEm },
    );
    expect(example.nhomThuTuc).toBe('NHOM_1');
    expect(violations).toEqual([
      expect.objectContaining({ pointer: '/body/treEm/ngaySinh', code: 'FORMAT' }),
    ]);
  });

  it('coerces query parameters to their declared types and applies defaults', () => {
    const result = validators.validateRequest('lienthongListDossiers', {
      path: {},
      query: { trangThai: '4' },
      headers: listHeaders,
    });
    expect(result).toMatchObject({ ok: true, value: { query: { trangThai: 4, soLuong: 20 } } });
  });

  it('refuses a page size outside the contract', () => {
    const rejection = rejectionOf(
      validators.validateRequest('lienthongListDossiers', {
        path: {},
        query: { soLuong: '1000' },
        headers: listHeaders,
      }),
    );
    expect(rejection).toMatchObject({
      violations: [{ pointer: '/query/soLuong', code: 'MAXIMUM' }],
    });
  });
});
