/**
 * Helpers of the dancu tests: read headers, dossier codes and people picked from the population.
 */
import type { Person } from '../domain/population/types.js';

/**
 * A dossier code of the sandbox format with a leg suffix, in the person's province.
 * @see DOMAIN.md §6.5
 */
export function dossierCode(leg: string, province = '80', date = '260915'): string {
  return `000.00.00.H${province}-${date}-0007-${leg}`;
}

/**
 * The headers of a purpose-bound citizen read.
 * @see specs/common.yaml OfficerId, Purpose, DossierRef
 */
export function readHeaders(purpose: string, maHoSo: string): Record<string, string> {
  return { 'x-officer-id': 'cb.dancu.test', 'x-muc-dich': purpose, 'x-ma-ho-so': maHoSo };
}

/** The officer header of a write. */
export const WRITE_HEADERS: Readonly<Record<string, string>> = { 'x-officer-id': 'cb.hotich.test' };

/**
 * The first person matching, or a failed test naming what was looked for.
 * @see mocks/domain/population/population.ts
 */
export function pick(
  people: readonly Person[],
  what: string,
  test: (p: Person) => boolean,
): Person {
  const found = people.find(test);
  if (found === undefined) throw new Error(`the population has no ${what}`);
  return found;
}
