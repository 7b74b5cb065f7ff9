/**
 * What the VNeID mock stores: the identity profile behind each account (level, state, and the
 * residence and family links VNeID shows its user), the confirmations asked of citizens, and the
 * documents delivered to their wallets.
 * @see specs/vneid.yaml; DOMAIN.md §2 A1
 */
import type { components } from '../../contracts/generated/vneid.js';
import { err, ok, type Result } from '../../contracts/result.js';
import { toVnIso } from '../domain/calendar/index.js';
import type { Person, Population } from '../domain/population/index.js';
import type { BaseBuilder, CollectionDefinition, StoreScope } from '../ports/store/index.js';

type Confirmation = components['schemas']['Confirmation'];
type SignedDocument = components['schemas']['SignedDocument'];

/**
 * A citizen as VNeID knows them: the account and the identity profile mirrored from the
 * population database when the account was created.
 * @see mocks/domain/population/types.ts `Person`, `VneidAccount`
 */
export interface CitizenProfile {
  readonly soDinhDanh: string;
  readonly hoTen: string;
  readonly level: Person['vneid']['level'];
  readonly status: Person['vneid']['status'];
  readonly householdId: string | null;
  readonly isHouseholdHead: boolean;
  readonly fatherId: string | null;
  readonly motherId: string | null;
  readonly spouseId: string | null;
  readonly deceased: boolean;
}

/**
 * A confirmation as stored: the answer the citizen gave, if any. `HET_HAN` is never stored: a
 * confirmation still waiting after `hanXacNhan` reads as expired.
 * @see specs/vneid.yaml `Confirmation`
 */
export type StoredConfirmation = Omit<Confirmation, 'trangThai' | 'hanXacNhan'> & {
  readonly trangThai: 'CHO_XAC_NHAN' | 'DONG_Y' | 'TU_CHOI';
  readonly hanXacNhan: string;
};

/** A document in a citizen's wallet; one per citizen and `maGiayTo`. */
export interface WalletEntry {
  readonly id: string;
  readonly maBienNhan: string;
  readonly soDinhDanh: string;
  readonly maHoSo: string;
  readonly thoiDiemNhan: string;
  readonly giayTo: SignedDocument;
}

/**
 * Profiles by ID number; by household, parent and spouse, to find relatives (a widowed spouse
 * is found through the deceased, who keeps the spouse they had at death).
 */
export const CITIZENS: CollectionDefinition<
  CitizenProfile,
  'byHousehold' | 'byParent' | 'bySpouse'
> = {
  idOf: (c) => c.soDinhDanh,
  indexes: {
    byHousehold: (c) => c.householdId ?? undefined,
    byParent: (c) => [c.fatherId, c.motherId].filter((id): id is string => id !== null),
    bySpouse: (c) => c.spouseId ?? undefined,
  },
};

/** Confirmations by `maXacNhan`. */
export const CONFIRMATIONS: CollectionDefinition<StoredConfirmation> = { idOf: (c) => c.maXacNhan };

/** Wallet entries by `{soDinhDanh}|{maGiayTo}`. */
export const WALLET: CollectionDefinition<WalletEntry> = { idOf: (w) => w.id };

/** Collection names of this mock. */
export const VNEID_COLLECTIONS = {
  citizens: 'vneid.citizens',
  confirmations: 'vneid.confirmations',
  wallet: 'vneid.wallet',
} as const;

/** The profile VNeID holds for a person of the population. */
export function profileOf(person: Person): CitizenProfile {
  return {
    soDinhDanh: person.id,
    hoTen: person.fullName,
    level: person.vneid.level,
    status: person.vneid.status,
    householdId: person.householdId,
    isHouseholdHead: person.relationshipToHead === 'HEAD',
    fatherId: person.fatherId,
    motherId: person.motherId,
    spouseId: person.spouseId,
    deceased: person.death !== null,
  };
}

/**
 * Loads a profile for every person of the population.
 * @see mocks/kit/system.ts `MockSystem.seed`
 */
export async function seed(builder: BaseBuilder, population: Population): Promise<void> {
  const citizens = builder.collection(VNEID_COLLECTIONS.citizens, CITIZENS);
  const loaded = await citizens.insertMany(population.people.map(profileOf));
  if (!loaded.ok) throw new Error(`vneid seed failed: ${loaded.error.code}`);
}

/** Why a confirmation could not be decided. */
export interface DecideError {
  readonly code: 'NOT_FOUND' | 'ALREADY_ANSWERED' | 'EXPIRED';
}

/**
 * Records the citizen's answer to a waiting confirmation (for the sandbox control plane, which
 * decides in the citizen's place). Fails when the confirmation does not exist, is already
 * answered, or expired before `now`.
 * @see specs/vneid.yaml `vneidGetConfirmation`; DESIGN.md §3 (processing profile `manual`)
 */
export async function decideConfirmation(
  store: StoreScope,
  maXacNhan: string,
  answer: 'DONG_Y' | 'TU_CHOI',
  now: Date,
): Promise<Result<StoredConfirmation, DecideError>> {
  const confirmations = store.collection(VNEID_COLLECTIONS.confirmations, CONFIRMATIONS);
  const current = await confirmations.getVersioned(maXacNhan);
  if (!current) return err({ code: 'NOT_FOUND' });
  if (current.doc.trangThai !== 'CHO_XAC_NHAN') return err({ code: 'ALREADY_ANSWERED' });
  if (now.getTime() > Date.parse(current.doc.hanXacNhan)) return err({ code: 'EXPIRED' });
  const decided = await confirmations.update(
    maXacNhan,
    (c) => ({ ...c, trangThai: answer, thoiDiemTraLoi: toVnIso(now) }),
    { expectedVersion: current.version },
  );
  // Another answer won the race: report it as answered.
  return decided.ok ? ok(decided.value.doc) : err({ code: 'ALREADY_ANSWERED' });
}
