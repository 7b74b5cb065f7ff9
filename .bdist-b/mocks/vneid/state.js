import { err, ok } from '../../contracts/result.js';
import { toVnIso } from '../domain/calendar/index.js';
/**
 * Profiles by ID number; by household, parent and spouse, to find relatives (a widowed spouse
 * is found through the deceased, who keeps the spouse they had at death).
 */
export const CITIZENS = {
    idOf: (c) => c.soDinhDanh,
    indexes: {
        byHousehold: (c) => c.householdId ?? undefined,
        byParent: (c) => [c.fatherId, c.motherId].filter((id) => id !== null),
        bySpouse: (c) => c.spouseId ?? undefined,
    },
};
/** Confirmations by `maXacNhan`. */
export const CONFIRMATIONS = { idOf: (c) => c.maXacNhan };
/** Wallet entries by `{soDinhDanh}|{maGiayTo}`. */
export const WALLET = { idOf: (w) => w.id };
/** Collection names of this mock. */
export const VNEID_COLLECTIONS = {
    citizens: 'vneid.citizens',
    confirmations: 'vneid.confirmations',
    wallet: 'vneid.wallet',
};
/** The profile VNeID holds for a person of the population. */
export function profileOf(person) {
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
export async function seed(builder, population) {
    const citizens = builder.collection(VNEID_COLLECTIONS.citizens, CITIZENS);
    const loaded = await citizens.insertMany(population.people.map(profileOf));
    if (!loaded.ok)
        throw new Error(`vneid seed failed: ${loaded.error.code}`);
}
/**
 * Records the citizen's answer to a waiting confirmation (for the sandbox control plane, which
 * decides in the citizen's place). Fails when the confirmation does not exist, is already
 * answered, or expired before `now`.
 * @see specs/vneid.yaml `vneidGetConfirmation`; DESIGN.md §3 (processing profile `manual`)
 */
export async function decideConfirmation(store, maXacNhan, answer, now) {
    const confirmations = store.collection(VNEID_COLLECTIONS.confirmations, CONFIRMATIONS);
    const current = await confirmations.getVersioned(maXacNhan);
    if (!current)
        return err({ code: 'NOT_FOUND' });
    if (current.doc.trangThai !== 'CHO_XAC_NHAN')
        return err({ code: 'ALREADY_ANSWERED' });
    if (now.getTime() > Date.parse(current.doc.hanXacNhan))
        return err({ code: 'EXPIRED' });
    const decided = await confirmations.update(maXacNhan, (c) => ({ ...c, trangThai: answer, thoiDiemTraLoi: toVnIso(now) }), { expectedVersion: current.version });
    // Another answer won the race: report it as answered.
    return decided.ok ? ok(decided.value.doc) : err({ code: 'ALREADY_ANSWERED' });
}
