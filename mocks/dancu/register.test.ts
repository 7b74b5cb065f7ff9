import { expect, it } from 'vitest';
import { parsePersonalId } from '../domain/identifiers/index.js';
import { communesOf } from '../domain/admin-units/index.js';
import type { Person } from '../domain/population/types.js';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';
import { dossierCode, pick, readHeaders, WRITE_HEADERS } from './test-support.js';

const alive = (p: Person) => p.death === null;
const [commune] = communesOf('38');

function birthRequest(mother: Person, overrides: Record<string, unknown> = {}) {
  return {
    maHoSo: dossierCode('KS', '38'),
    maDangKyKhaiSinh: 'KS-38-2026-000101',
    hoTen: 'Lê Minh An',
    ngaySinh: '2026-09-10',
    gioiTinh: 'NU',
    noiDangKyKhaiSinh: { maXa: commune?.code, maTinh: '38' },
    me: { soDinhDanh: mother.id },
    ...overrides,
  };
}

const issue = (sandbox: TestSandbox, body: unknown, headers: Record<string, string> = {}) =>
  sandbox.invoke('dancuIssuePersonalId', { headers: { ...WRITE_HEADERS, ...headers }, body });

const motherOf = (sandbox: TestSandbox) =>
  pick(sandbox.population.byTrait.get('EXPECTING_MOTHER') ?? [], 'expecting mother', alive);

it('issues a number opened by 0 + the registering province, the century and sex digit and the birth year', async () => {
  const sandbox = await createTestSandbox();
  const answer = await issue(sandbox, birthRequest(motherOf(sandbox)));
  expect(answer.status).toBe(201);
  expect(answer.body).toMatchObject({ maTinhCap: '038', maDangKyKhaiSinh: 'KS-38-2026-000101' });
  const fields = parsePersonalId(answer.body.soDinhDanh);
  expect(fields.ok && fields.value).toMatchObject({
    provinceCode: '038',
    sex: 'NU',
    birthYear: 2026,
  });
  expect(answer.body.soDinhDanh.slice(3, 6)).toBe('326');
});

it('adds the issued child to the register, alive, without residence, with the mother as parent', async () => {
  const sandbox = await createTestSandbox();
  const mother = motherOf(sandbox);
  const issued = await issue(sandbox, birthRequest(mother));
  const answer = await sandbox.invoke('dancuLookupCitizen', {
    headers: readHeaders('CAP_THE_BHYT', dossierCode('BHYT', '38')),
    body: { soDinhDanh: issued.body.soDinhDanh },
  });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({
    hoTen: 'Lê Minh An',
    ngaySinh: '2026-09-10',
    gioiTinh: 'NU',
    diaChiThuongTru: null,
    me: { soDinhDanh: mother.id, hoTen: mother.fullName },
    cha: null,
    danToc: mother.ethnicity,
    meta: { trangThaiSong: 'CON_SONG' },
  });
});

it('refuses a second number for the same birth registration and reads the first one back', async () => {
  const sandbox = await createTestSandbox();
  const first = await issue(sandbox, birthRequest(motherOf(sandbox)));
  const again = await issue(sandbox, birthRequest(motherOf(sandbox)));
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('PERSONAL_ID_ALREADY_ISSUED');
  expect(JSON.stringify(again.body)).not.toContain(first.body.soDinhDanh);
  const read = await sandbox.invoke('dancuGetPersonalIdIssuance', {
    headers: readHeaders('KHAI_SINH', dossierCode('KS', '38')),
    body: { maDangKyKhaiSinh: 'KS-38-2026-000101' },
  });
  expect(read.status).toBe(200);
  expect(read.body).toEqual(first.body);
});

it('answers 404 for the issuance of a registration that got no number', async () => {
  const sandbox = await createTestSandbox();
  const read = await sandbox.invoke('dancuGetPersonalIdIssuance', {
    headers: readHeaders('KHAI_SINH', dossierCode('KS', '38')),
    body: { maDangKyKhaiSinh: 'KS-38-2026-009999' },
  });
  expect(read.status).toBe(404);
  expect(read.body.code).toBe('PERSONAL_ID_ISSUANCE_NOT_FOUND');
});

it('refuses a number when the mother is not in the register', async () => {
  const sandbox = await createTestSandbox();
  const answer = await issue(
    sandbox,
    birthRequest(motherOf(sandbox), { me: { soDinhDanh: '001099999999' } }),
  );
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('MOTHER_NOT_FOUND');
});

it('refuses a number when the mother is recorded dead', async () => {
  const sandbox = await createTestSandbox();
  const dead = pick(
    sandbox.population.people,
    'registered dead woman',
    (p) => p.sex === 'FEMALE' && p.death?.registeredOn != null,
  );
  const answer = await issue(sandbox, birthRequest(dead));
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('MOTHER_DECEASED');
});

it('refuses a number when the named father is not in the register', async () => {
  const sandbox = await createTestSandbox();
  const answer = await issue(
    sandbox,
    birthRequest(motherOf(sandbox), { cha: { soDinhDanh: '001099999998' } }),
  );
  expect(answer.body.code).toBe('FATHER_NOT_FOUND');
});

it('refuses a number for a date of birth in the future', async () => {
  const sandbox = await createTestSandbox();
  const answer = await issue(sandbox, birthRequest(motherOf(sandbox), { ngaySinh: '2026-09-16' }));
  expect(answer.body.code).toBe('BIRTH_DATE_INVALID');
});

it('refuses a number when the registration commune is not in the registration province', async () => {
  const sandbox = await createTestSandbox();
  const other = communesOf('80')[0]?.code;
  const answer = await issue(
    sandbox,
    birthRequest(motherOf(sandbox), { noiDangKyKhaiSinh: { maXa: other, maTinh: '38' } }),
  );
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('BIRTH_REGISTRATION_PLACE_INVALID');
});

it('refuses a number for a sex the number cannot encode', async () => {
  const sandbox = await createTestSandbox();
  const answer = await issue(
    sandbox,
    birthRequest(motherOf(sandbox), { gioiTinh: 'CHUA_XAC_DINH' }),
  );
  expect(answer.body.code).toBe('SEX_UNDETERMINED');
});

it('refuses as forced by Prefer outcome=refuse with the given reason', async () => {
  const sandbox = await createTestSandbox();
  const answer = await issue(sandbox, birthRequest(motherOf(sandbox)), {
    prefer: 'outcome=refuse; reason=DU_LIEU_KHONG_HOP_LE',
  });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('DU_LIEU_KHONG_HOP_LE');
});

it('answers 400 to a malformed Prefer, an unknown outcome or a reason that is not a code', async () => {
  const sandbox = await createTestSandbox();
  for (const prefer of ['outcome', 'outcome=accept', 'outcome=refuse; reason=not-a-code']) {
    const answer = await issue(sandbox, birthRequest(motherOf(sandbox)), { prefer });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('PREFER_INVALID');
  }
});

it('answers the status forced by Prefer code=503', async () => {
  const sandbox = await createTestSandbox();
  const answer = await issue(sandbox, birthRequest(motherOf(sandbox)), { prefer: 'code=503' });
  expect(answer.status).toBe(503);
});

it('answers CITIZEN_NOT_UNIQUE when a name and birth date match two citizens', async () => {
  const sandbox = await createTestSandbox();
  await issue(sandbox, birthRequest(motherOf(sandbox)));
  await issue(sandbox, birthRequest(motherOf(sandbox), { maDangKyKhaiSinh: 'KS-38-2026-000102' }));
  const answer = await sandbox.invoke('dancuLookupCitizen', {
    headers: readHeaders('XAC_THUC_NGUOI_NOP', dossierCode('KS', '38')),
    body: { hoTen: 'Lê Minh An', ngaySinh: '2026-09-10' },
  });
  expect(answer.status).toBe(422);
  expect(answer.body.code).toBe('CITIZEN_NOT_UNIQUE');
});

const deathRequest = (person: Person, ngayMat = '2026-09-12') => ({
  soDinhDanh: person.id,
  ngayMat,
  maDangKyKhaiTu: 'KT-80-2026-000045',
  maHoSo: dossierCode('KT'),
});

it('records a death so that later lookups show DA_CHET and ngayMat', async () => {
  const sandbox = await createTestSandbox();
  const [person] = sandbox.population.byTrait.get('DECEASED_PENDING_REGISTRATION') ?? [];
  if (!person) throw new Error('no pending death');
  const ngayMat = person.death?.date ?? '2026-09-12';
  const recorded = await sandbox.invoke('dancuRecordDeath', {
    headers: WRITE_HEADERS,
    body: deathRequest(person, ngayMat),
  });
  expect(recorded.status).toBe(200);
  expect(recorded.body).toMatchObject({
    trangThaiSong: 'DA_CHET',
    ngayMat,
    maDangKyKhaiTu: 'KT-80-2026-000045',
  });
  const answer = await sandbox.invoke('dancuLookupCitizen', {
    headers: readHeaders('KHAI_TU', dossierCode('KT')),
    body: { soDinhDanh: person.id },
  });
  expect(answer.body).toMatchObject({ ngayMat, meta: { trangThaiSong: 'DA_CHET' } });
});

it('refuses to record a death twice with 409 ALREADY_DECEASED', async () => {
  const sandbox = await createTestSandbox();
  const person = pick(
    sandbox.population.people,
    'living adult',
    (p) => alive(p) && p.birthDate < '2000-01-01',
  );
  await sandbox.invoke('dancuRecordDeath', { headers: WRITE_HEADERS, body: deathRequest(person) });
  const again = await sandbox.invoke('dancuRecordDeath', {
    headers: WRITE_HEADERS,
    body: deathRequest(person),
  });
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('ALREADY_DECEASED');
});

it('answers 404 CITIZEN_NOT_FOUND when recording the death of an unknown citizen', async () => {
  const sandbox = await createTestSandbox();
  const answer = await sandbox.invoke('dancuRecordDeath', {
    headers: WRITE_HEADERS,
    body: { ...deathRequest(sandbox.population.people[0] as Person), soDinhDanh: '001099999999' },
  });
  expect(answer.status).toBe(404);
  expect(answer.body.code).toBe('CITIZEN_NOT_FOUND');
});

it('refuses a date of death before the birth or in the future', async () => {
  const sandbox = await createTestSandbox();
  const person = pick(
    sandbox.population.people,
    'living adult',
    (p) => alive(p) && p.birthDate > '1950-01-01',
  );
  for (const ngayMat of ['1949-12-31', '2026-09-16']) {
    const answer = await sandbox.invoke('dancuRecordDeath', {
      headers: WRITE_HEADERS,
      body: deathRequest(person, ngayMat),
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('DEATH_DATE_INVALID');
  }
});

it('refuses a newborn number once the mother death is recorded', async () => {
  const sandbox = await createTestSandbox();
  const mother = motherOf(sandbox);
  await sandbox.invoke('dancuRecordDeath', { headers: WRITE_HEADERS, body: deathRequest(mother) });
  const answer = await issue(sandbox, birthRequest(mother));
  expect(answer.body.code).toBe('MOTHER_DECEASED');
});
