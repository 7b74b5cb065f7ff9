/**
 * Test data for the residence tests, chosen from the synthetic population by what a test needs
 * (never hard-coded ID numbers), and request builders.
 */
import type { components } from '../../contracts/generated/cutru.js';
import type { Household, Person, Population } from '../domain/population/index.js';
import { createTestSandbox, type TestSandbox } from '../../test/support/sandbox.js';

type RegistrationRequest = components['schemas']['PermanentResidenceRequest'];

/** The officer the tests act as. */
export const OFFICER = { 'x-officer-id': 'cb.cutru.80001' } as const;

/** A sandbox with every registered mock (cutru, and the population database and VNeID it asks). */
export function cutruSandbox(): Promise<TestSandbox> {
  return createTestSandbox();
}

let dossierCounter = 0;

/** A fresh dossier code of a leg (`…-TT`, `…-XTT`). */
export function dossier(leg: 'TT' | 'XTT'): string {
  dossierCounter += 1;
  return `000.00.00.H80-260915-${String(dossierCounter).padStart(4, '0')}-${leg}`;
}

const GROUP_2_PURPOSES = ['KHAI_TU', 'XOA_THUONG_TRU', 'MAI_TANG_TU_TUAT'];

/** Purpose headers of a citizen read, with a dossier of the group the purpose serves. */
export function purposeHeaders(purpose: string): Record<string, string> {
  const leg = GROUP_2_PURPOSES.includes(purpose) ? 'XTT' : 'TT';
  return { ...OFFICER, 'x-muc-dich': purpose, 'x-ma-ho-so': dossier(leg) };
}

const alive = (p: Person | undefined): p is Person => p !== undefined && p.death === null;

/** Households whose head is alive, with room for more members. */
export function households(population: Population): Household[] {
  return population.households.filter(
    (h) => alive(population.byId.get(h.headId)) && h.members.length < 15,
  );
}

/** Living people never registered for permanent residence. */
export function unregistered(population: Population): Person[] {
  return population.people.filter((p) => p.residence === 'NOT_REGISTERED' && p.death === null);
}

/**
 * `count` living people free to register: those never registered first, then adults who move
 * out of a household further down the list (their residence is deregistered on the ground
 * KHAC, as when they leave to settle elsewhere).
 */
export async function newcomers(sandbox: TestSandbox, count: number): Promise<Person[]> {
  const { population } = sandbox;
  const free = unregistered(population).slice(0, count);
  const movers = households(population)
    .slice(5)
    .flatMap((h) => h.members.filter((m) => m.relationship !== 'HEAD').slice(0, 1))
    .map((m) => population.byId.get(m.personId))
    .filter(alive);
  for (const mover of movers) {
    if (free.length >= count) break;
    const moved = await sandbox.invoke('cutruDeregisterPermanentResidence', {
      headers: OFFICER,
      body: { maHoSo: dossier('XTT'), soDinhDanh: mover.id, lyDo: 'KHAC', moTaLyDo: 'Chuyển đi' },
    });
    if (moved.body.trangThai === 'DA_XOA') free.push(mover);
  }
  if (free.length < count) throw new Error('population lacks people free to register');
  return free;
}

/** People whose death is registered and residence removed. */
export function deregisteredDead(population: Population): Person[] {
  return population.people.filter((p) => p.residence === 'DEREGISTERED' && p.death !== null);
}

/** The head of a household. */
export function headOf(population: Population, household: Household): Person {
  const head = population.byId.get(household.headId);
  if (!head) throw new Error(`no head for ${household.id}`);
  return head;
}

const SEX = { MALE: 'NAM', FEMALE: 'NU' } as const;

/** Options of {@link registrationRequest}. */
export interface RegistrationOptions {
  readonly person: Person;
  readonly household: Household;
  readonly population: Population;
  /** Who declares: the head (default) or another person. */
  readonly declarant?: Person;
  readonly mode?: 'CT01' | 'VNEID';
  readonly signedForm?: boolean;
}

/** A CT01 registering `person` into `household` as the head's child. */
export function registrationRequest(options: RegistrationOptions): RegistrationRequest {
  const { person, household, population } = options;
  const head = headOf(population, household);
  const declarant = options.declarant ?? head;
  return {
    maHoSo: dossier('TT'),
    nguoiDangKy: {
      hoTen: person.fullName,
      ngaySinh: person.birthDate,
      gioiTinh: SEX[person.sex],
      soDinhDanh: person.id,
    },
    diaChi: {
      chiTiet: household.address.detail,
      maXa: household.address.communeCode,
      maTinh: household.address.provinceCode,
    },
    maHo: household.id,
    chuHo: { hoTen: head.fullName, soDinhDanh: head.id, quanHeVoiChuHo: 'CON' },
    cheDoDongY: options.mode ?? 'CT01',
    nguoiKeKhai: { hoTen: declarant.fullName, soDinhDanh: declarant.id, quanHe: 'KHAC' },
    ...(options.signedForm
      ? {
          tepDinhKem: [
            {
              maThanhPhanHoSo: 'TP_CT01',
              tenTep: 'to-khai-ct01.pdf',
              loaiTep: 'application/pdf',
              noiDung: 'JVBERi0xLjQK',
            },
          ],
        }
      : {}),
  };
}
