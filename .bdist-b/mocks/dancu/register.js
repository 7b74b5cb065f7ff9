/**
 * Reads of the register shared by the handlers: citizens, their relatives and household.
 * @see mocks/dancu/state.ts
 */
import { toLocalDate } from '../domain/calendar/index.js';
import { MAX_HOUSEHOLD_MEMBERS } from './access-rules.js';
import { CITIZENS, COLLECTIONS, ID_CARD_APPLICATIONS, ISSUANCES, nameBirthKey, } from './state.js';
/** The citizens collection of a sandbox or transaction. */
export const citizensOf = (scope) => scope.collection(COLLECTIONS.citizens, CITIZENS);
/** The issuances collection of a sandbox or transaction. */
export const issuancesOf = (scope) => scope.collection(COLLECTIONS.issuances, ISSUANCES);
/** The ID card applications collection of a sandbox or transaction. */
export const applicationsOf = (scope) => scope.collection(COLLECTIONS.idCardApplications, ID_CARD_APPLICATIONS);
/**
 * The sandbox date in Vietnam time (`yyyy-MM-dd`).
 * @see DOMAIN.md §5 "Calendar"
 */
export function today(ctx) {
    return toLocalDate(ctx.clock.now());
}
/**
 * The account the population database calls other systems with when no officer forwarded the
 * request.
 * @see SECURITY.md §2 GW-04 (named accounts)
 */
export const SYSTEM_ACCOUNT = 'hethong.dancu';
const matchOf = (found) => {
    const [first] = found;
    if (first === undefined)
        return { kind: 'none' };
    return found.length === 1 ? { kind: 'one', citizen: first } : { kind: 'many' };
};
/**
 * Finds the citizen of a lookup: by ID number, by legacy number, or by name + date of birth
 * (+ sex).
 * @see specs/dancu.yaml dancuLookupCitizen
 */
export async function findCitizen(scope, key) {
    const citizens = citizensOf(scope);
    if (key.soDinhDanh !== undefined) {
        const citizen = await citizens.get(key.soDinhDanh);
        return citizen === undefined ? { kind: 'none' } : { kind: 'one', citizen };
    }
    if (key.soCmnd !== undefined)
        return matchOf(await citizens.findBy('byLegacyId', key.soCmnd));
    if (key.hoTen === undefined || key.ngaySinh === undefined)
        return { kind: 'none' };
    const found = await citizens.findBy('byNameBirth', nameBirthKey(key.hoTen, key.ngaySinh));
    const sex = key.gioiTinh;
    return matchOf(sex === undefined ? found : found.filter((c) => (c.sex === 'MALE' ? 'NAM' : 'NU') === sex));
}
/**
 * The members of the citizen's household, head first, at most 20.
 * @see SECURITY.md §2 GW-16
 */
export async function householdOf(scope, citizen) {
    if (citizen.householdId === null)
        return [];
    const members = await citizensOf(scope).findBy('byHousehold', citizen.householdId);
    const head = members.filter((m) => m.relationshipToHead === 'HEAD');
    const others = members.filter((m) => m.relationshipToHead !== 'HEAD');
    return [...head, ...others].slice(0, MAX_HOUSEHOLD_MEMBERS);
}
/**
 * The parents, spouse and household head a record names.
 * @see specs/dancu.yaml CitizenRecord (cha, me, voChong, chuHo)
 */
export async function relativesOf(scope, citizen) {
    const household = await householdOf(scope, citizen);
    const head = household.find((m) => m.relationshipToHead === 'HEAD');
    const [father, mother, spouse] = await citizensOf(scope).getMany([
        citizen.fatherId ?? '-',
        citizen.motherId ?? '-',
        citizen.spouseId ?? '-',
    ]);
    return {
        ...(father !== undefined ? { father } : {}),
        ...(mother !== undefined ? { mother } : {}),
        ...(spouse !== undefined ? { spouse } : {}),
        ...(head !== undefined ? { head } : {}),
    };
}
