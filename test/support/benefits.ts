/**
 * Helpers of the benefit tests (bhxh's card and claims, xahoi's funeral support): headers,
 * dossier codes, recording a death in dancu, and people and bank accounts from the population.
 * @see test/support/sandbox.ts
 */
import type { Person } from '../../mocks/domain/population/index.js';
import type { TestSandbox } from './sandbox.js';

/** The officer of every test request. */
export const OFFICER = { 'x-officer-id': 'cb.bhxh.test' };

/** A dossier code of the sandbox format with a leg suffix. @see DOMAIN.md §6.5 */
export function dossierCode(leg: string, province = '38', serial = '0007'): string {
  return `000.00.00.H${province}-260915-${serial}-${leg}`;
}

/** Headers of a purpose-bound read. @see specs/common.yaml Purpose, DossierRef */
export function readHeaders(purpose: string, maHoSo = dossierCode('MT')): Record<string, string> {
  return { ...OFFICER, 'x-muc-dich': purpose, 'x-ma-ho-so': maHoSo };
}

/**
 * Records a person's death in dancu, as the civil-status software does after registering it.
 * @see specs/dancu.yaml dancuRecordDeath
 */
export async function recordDeath(sandbox: TestSandbox, person: Person, ngayMat = '2026-09-12') {
  const answer = await sandbox.invoke('dancuRecordDeath', {
    headers: OFFICER,
    body: {
      soDinhDanh: person.id,
      ngayMat,
      maDangKyKhaiTu: 'KT-38-2026-000045',
      maHoSo: dossierCode('KT'),
    },
  });
  if (answer.status !== 200) throw new Error(`dancuRecordDeath answered ${answer.status}`);
}

/** The first person of a trait who satisfies `where`. */
export function personWith(
  sandbox: TestSandbox,
  trait: Parameters<TestSandbox['population']['byTrait']['get']>[0],
  where: (p: Person) => boolean = () => true,
): Person {
  const person = sandbox.population.byTrait.get(trait)?.find(where);
  if (!person) throw new Error(`no ${trait} person in the test population`);
  return person;
}

/** A bank account held by `holder` (name as banks write it). */
export function account(holder: string) {
  return { soTaiKhoan: '1023456784821', nganHang: 'Vietcombank', chuTaiKhoan: holder };
}
