/**
 * Trait lookups over a run in progress, so the trait predicates can be evaluated before the
 * population is assembled (for top-ups and for recipe checks).
 */
import type { GenerationContext } from './context.js';
import type { TraitLookups } from './traits.js';
import type { MedicalBirthCertificate, Person } from './types.js';

/**
 * Lookups for predicates about `people` (children are looked for among them) in a run.
 * @see TraitLookups
 */
export function lookupsFor(ctx: GenerationContext, people: readonly Person[]): TraitLookups {
  const byMother = new Map<string, Person[]>();
  const byFather = new Map<string, Person[]>();
  for (const person of people) {
    if (person.motherId !== null) push(byMother, person.motherId, person);
    if (person.fatherId !== null) push(byFather, person.fatherId, person);
  }
  const pending = new Map<string, MedicalBirthCertificate>();
  for (const certificate of ctx.birthCertificates.values()) {
    if (certificate.status === 'PENDING') pending.set(certificate.motherId, certificate);
  }
  return {
    referenceDate: ctx.referenceDate,
    byId: ctx.personIndex,
    byMother,
    byFather,
    insuranceByPerson: ctx.insurance,
    childCardByPerson: ctx.childCards,
    socialByPerson: ctx.social,
    pendingBirthByMother: pending,
  };
}

function push(map: Map<string, Person[]>, key: string, person: Person): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [person]);
  else list.push(person);
}
