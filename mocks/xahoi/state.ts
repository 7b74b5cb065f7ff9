/**
 * What the social-affairs line keeps: everyone known with their entitlements (social assistance,
 * social pension, merit, veterans) and the funeral-support claims.
 * @see specs/xahoi.yaml; DOMAIN.md §2 A9
 */
import type { components } from '../../contracts/generated/xahoi.js';
import type { Entitlement, Population } from '../domain/population/index.js';
import type { BaseBuilder, CollectionDefinition } from '../ports/store/index.js';

type Schemas = components['schemas'];

/** A person and their entitlements (none for most people). */
export interface Citizen {
  readonly id: string;
  readonly hoTen: string;
  /** Last residence: the permanent (else current) address. */
  readonly maTinh: string;
  readonly maXa: string;
  readonly entitlements: readonly Entitlement[];
}

/** A funeral-support claim and the bank account it pays to. */
export interface StoredClaim {
  readonly claim: Schemas['FuneralSupportClaim'];
  readonly taiKhoanNganHang: Schemas['FuneralSupportClaimRequest']['taiKhoanNganHang'];
}

/** `xahoi.citizens`. */
export const CITIZENS: CollectionDefinition<Citizen> = { idOf: (c) => c.id };

/** `xahoi.claims`, indexed by the deceased. */
export const CLAIMS: CollectionDefinition<StoredClaim, 'byDeceased'> = {
  idOf: (c) => c.claim.maHoSoHuong,
  indexes: { byDeceased: (c) => c.claim.nguoiChet.soDinhDanh },
};

/** Collection names, `xahoi.<name>`. */
export const COLLECTIONS = { citizens: 'xahoi.citizens', claims: 'xahoi.claims' } as const;

/**
 * Loads the social-affairs share of the population: every person with their entitlements.
 * @see MockSystem.seed
 */
export async function seed(builder: BaseBuilder, population: Population): Promise<void> {
  const citizens = population.people.map((p): Citizen => {
    const home = p.permanentAddress ?? p.currentAddress;
    return {
      id: p.id,
      hoTen: p.fullName,
      maTinh: home.provinceCode,
      maXa: home.communeCode,
      entitlements: population.socialByPerson.get(p.id)?.entitlements ?? [],
    };
  });
  const inserted = await builder.collection(COLLECTIONS.citizens, CITIZENS).insertMany(citizens);
  if (!inserted.ok) throw new Error('xahoi seed: duplicate citizen id in the population');
}
