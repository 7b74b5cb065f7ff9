import { expect, it } from 'vitest';
import { ageOn } from './days.js';
import { generatePopulation } from './generate-population.js';
import { householdTable } from './household-table.js';
import type { Person } from './types.js';

const referenceDate = '2026-09-15';
const population = generatePopulation({ seed: 7, referenceDate });
const { households, byHousehold, byId } = population;
const members = (id: string): readonly Person[] => byHousehold.get(id) ?? [];
const relations = (id: string) =>
  households.find((h) => h.id === id)?.members.map((m) => m.relationship);

it('gives every household exactly one head, listed first, and at most 20 members', () => {
  for (const h of households) {
    expect(h.members[0]?.relationship).toBe('HEAD');
    expect(h.members[0]?.personId).toBe(h.headId);
    expect(h.members.filter((m) => m.relationship === 'HEAD')).toHaveLength(1);
    expect(h.members.length).toBeLessThanOrEqual(20);
  }
});

it('registers every member at the household address with the household id and relationship', () => {
  for (const h of households) {
    for (const [i, p] of members(h.id).entries()) {
      expect(p.householdId).toBe(h.id);
      expect(p.permanentAddress).toBe(h.address);
      expect(p.relationshipToHead).toBe(h.members[i]?.relationship);
      expect(p.residence).toBe('REGISTERED');
    }
  }
});

it('numbers households HO-{province}-{8 digits}, unique, in the province of the address', () => {
  expect(new Set(households.map((h) => h.id)).size).toBe(households.length);
  for (const h of households)
    expect(h.id).toMatch(new RegExp(`^HO-${h.address.provinceCode}-\\d{8}$`));
});

it('has single-person households of young adults and of widowed elders', () => {
  const singles = households.filter((h) => h.members.length === 1).map((h) => byId.get(h.headId));
  expect(singles.some((p) => p && ageOn(p.birthDate, referenceDate) < 40)).toBe(true);
  expect(singles.some((p) => p?.maritalStatus === 'WIDOWED')).toBe(true);
});

it('has three-generation households with grandchildren, children-in-law and elder parents', () => {
  const all = households.flatMap((h) => h.members.map((m) => m.relationship));
  for (const r of ['GRANDCHILD', 'CHILD_IN_LAW', 'MOTHER', 'FATHER', 'WIFE', 'HUSBAND'] as const) {
    expect(all).toContain(r);
  }
});

it('houses young couples in the household of the husband’s parents (the wife’s in matrilineal groups)', () => {
  const withCouple = households.filter((h) => {
    const r = relations(h.id) ?? [];
    return r.includes('CHILD') && r.includes('CHILD_IN_LAW');
  });
  expect(withCouple.length).toBeGreaterThan(50);
  for (const h of withCouple.slice(0, 100)) {
    const head = byId.get(h.headId);
    const inLaw = members(h.id).find((p) => p.relationshipToHead === 'CHILD_IN_LAW');
    const spouse = inLaw?.spouseId ? byId.get(inLaw.spouseId) : undefined;
    expect(spouse?.relationshipToHead).toBe('CHILD');
    expect([spouse?.fatherId, spouse?.motherId]).toContain(head?.id);
  }
});

it('links elder parents in a separate household to their married son’s household', () => {
  const sons = population.people.filter(
    (p) =>
      p.relationshipToHead === 'HEAD' &&
      p.fatherId !== null &&
      byId.get(p.fatherId)?.householdId !== null &&
      byId.get(p.fatherId)?.householdId !== p.householdId,
  );
  expect(sons.length).toBeGreaterThan(20);
});

it('keeps mothers 16–45 years older than their children and spouses of compatible ages', () => {
  for (const p of population.people) {
    const mother = p.motherId ? byId.get(p.motherId) : undefined;
    if (mother) {
      const gap = ageOn(mother.birthDate, p.birthDate);
      expect(gap >= 16 && gap <= 45, p.id).toBe(true);
    }
    const spouse = p.spouseId && p.death === null ? byId.get(p.spouseId) : undefined;
    if (spouse) expect(Math.abs(ageOn(spouse.birthDate, p.birthDate))).toBeLessThanOrEqual(20);
  }
});

it('usually gives children their father’s surname and always a parent’s ethnicity', () => {
  const children = population.people.filter((p) => p.fatherId !== null && p.motherId !== null);
  const fathers = children.filter((c) => byId.get(c.fatherId ?? '')?.surname === c.surname);
  expect(fathers.length / children.length).toBeGreaterThan(0.97);
  for (const c of children) {
    const parents = [byId.get(c.fatherId ?? ''), byId.get(c.motherId ?? '')];
    expect(parents.map((p) => p?.ethnicity)).toContain(c.ethnicity);
  }
});

it('keeps registered-dead people out of households, with their last address deregistered', () => {
  const dead = population.people.filter((p) => p.death?.registeredOn);
  expect(dead.length).toBeGreaterThan(100);
  for (const p of dead) {
    expect(p.householdId).toBeNull();
    expect(p.residence).toBe('DEREGISTERED');
    expect(p.permanentAddress).not.toBeNull();
  }
});

it('lets some young adults live away from home on temporary residence in their province', () => {
  const away = population.people.filter(
    (p) => p.temporaryAddress !== null && p.householdId !== null,
  );
  expect(away.length).toBeGreaterThan(50);
  for (const p of away) {
    expect(p.currentAddress).toBe(p.temporaryAddress);
    expect(p.temporaryAddress?.provinceCode).toBe(p.permanentAddress?.provinceCode);
  }
});

it('prints a household as a Markdown table, head first', () => {
  const household = households.find((h) => h.members.length >= 3);
  const table = household && householdTable(population, household.id);
  expect(table?.split('\n')[4]).toMatch(/^\| HEAD \| /);
  expect(householdTable(population, 'HO-00-00000000')).toBeUndefined();
});
