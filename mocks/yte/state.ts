import type { components } from '../../contracts/generated/yte.js';
import type { Population } from '../domain/population/index.js';
import type { SignedDocument } from '../kit/index.js';
import type { BaseBuilder, CollectionDefinition } from '../ports/store/index.js';
import { birthCertificateOf, deathNoticeOf, facilityOf } from './mapping.js';

type BirthCertificate = components['schemas']['BirthCertificate'];
type DeathNotice = components['schemas']['DeathNotice'];

/** `Omit` over each member of a union (the wire certificates are `oneOf` weighed / not weighed). */
export type WithoutDocument<T> = T extends unknown ? Omit<T, 'giayTo'> : never;

/** A facility as the catalogue serves it. @see specs/yte.yaml `HealthFacility` */
export type Facility = components['schemas']['HealthFacility'];

/**
 * An issued birth certificate: its content, the key that identifies the baby at its facility
 * (facility, mother, time of birth, birth order) and the signed document. Certificates loaded
 * from the population are signed when read (`giayTo: null`), dated at their time of issue.
 * @see specs/yte.yaml `BirthCertificate`; DOMAIN.md §6.3
 */
export interface StoredBirthCertificate {
  readonly code: string;
  readonly babyKey: string;
  readonly content: WithoutDocument<BirthCertificate>;
  readonly giayTo: SignedDocument | null;
}

/**
 * An issued death notice: its content, the key of the deceased (ID number, else identity
 * document, else name and date of birth) and the signed document (`null`: signed when read).
 * @see specs/yte.yaml `DeathNotice`
 */
export interface StoredDeathNotice {
  readonly code: string;
  readonly personKey: string;
  readonly content: WithoutDocument<DeathNotice>;
  readonly giayTo: SignedDocument | null;
}

/**
 * The last number the population used in a yearly certificate sequence (`GCS.80001.2026`), so
 * that numbers issued in a sandbox continue after it.
 */
export interface SequenceFloor {
  readonly key: string;
  readonly last: number;
}

/** Facility catalogue, by code; `byProvince` for the `maTinh` filter. */
export const FACILITIES: CollectionDefinition<Facility, 'byProvince'> = {
  idOf: (f) => f.maCoSoKcb,
  indexes: { byProvince: (f) => f.maTinh },
};

/** Birth certificates by code; `byBaby` finds a certificate already issued for the same baby. */
export const BIRTH_CERTIFICATES: CollectionDefinition<StoredBirthCertificate, 'byBaby'> = {
  idOf: (c) => c.code,
  indexes: { byBaby: (c) => c.babyKey },
};

/** Death notices by code; `byPerson` finds a notice already issued for the same person. */
export const DEATH_NOTICES: CollectionDefinition<StoredDeathNotice, 'byPerson'> = {
  idOf: (n) => n.code,
  indexes: { byPerson: (n) => n.personKey },
};

/** Sequence floors by key. */
export const SEQUENCE_FLOORS: CollectionDefinition<SequenceFloor> = { idOf: (s) => s.key };

/** Collection names of this mock. */
export const YTE_COLLECTIONS = {
  facilities: 'yte.facilities',
  birthCertificates: 'yte.birthCertificates',
  deathNotices: 'yte.deathNotices',
  sequenceFloors: 'yte.sequenceFloors',
} as const;

/**
 * Loads the health facilities, the certificates and notices of the population, and where their
 * yearly sequences stand.
 * @see mocks/kit/system.ts `MockSystem.seed`
 */
export async function seed(builder: BaseBuilder, population: Population): Promise<void> {
  const facilities = builder.collection(YTE_COLLECTIONS.facilities, FACILITIES);
  must(await facilities.insertMany(population.facilities.map(facilityOf)));
  const births = builder.collection(YTE_COLLECTIONS.birthCertificates, BIRTH_CERTIFICATES);
  must(
    await births.insertMany(
      population.birthCertificates.map((c) => birthCertificateOf(c, population)),
    ),
  );
  const deaths = builder.collection(YTE_COLLECTIONS.deathNotices, DEATH_NOTICES);
  must(await deaths.insertMany(population.deathNotices.map((n) => deathNoticeOf(n, population))));
  const floors = builder.collection(YTE_COLLECTIONS.sequenceFloors, SEQUENCE_FLOORS);
  const kept = [...population.sequences].filter(([key]) => /^(GCS|GBT)\./.test(key));
  must(await floors.insertMany(kept.map(([key, last]) => ({ key, last }))));
}

function must(result: { ok: boolean; error?: { code: string } }): void {
  if (!result.ok) throw new Error(`yte seed failed: ${result.error?.code ?? 'unknown'}`);
}
