import { householdWithout, residenceConflict } from './rules.js';
import { COLLECTIONS, HOUSEHOLDS, RESIDENTS, } from './state.js';
/** Opens the register collections in a scope (a transaction or the sandbox). */
export function register(scope) {
    return {
        residents: scope.collection(COLLECTIONS.residents, RESIDENTS),
        households: scope.collection(COLLECTIONS.households, HOUSEHOLDS),
    };
}
/**
 * The refusal reasons that hold now: any joiner already registered somewhere.
 * @see rules.ts `residenceConflict`
 */
export async function conflictsNow(scope, joiners, householdId) {
    const { residents } = register(scope);
    const found = await residents.getMany(joiners.map((j) => j.id));
    return joiners.flatMap((j, i) => {
        const conflict = residenceConflict(found[i], householdId, j.pointer);
        return conflict ? [conflict] : [];
    });
}
/**
 * Registers the joiners in the household: each gets the household's address as permanent
 * residence (and current place of living), and joins the member list after the others. A person
 * not in the register yet (an ID number issued in this sandbox) gets a record.
 * @see DOMAIN.md §3 step 8a; specs/cutru.yaml `cutruGetHousehold`
 */
export async function joinHousehold(scope, household, joiners, on) {
    const { residents, households } = register(scope);
    const found = await residents.getMany(joiners.map((j) => j.id));
    for (const [i, j] of joiners.entries()) {
        const before = found[i];
        const record = {
            id: j.id,
            fullName: before?.fullName ?? j.hoTen,
            birthDate: before?.birthDate ?? j.ngaySinh,
            permanent: {
                address: household.address,
                householdId: household.id,
                relationship: j.relationship,
                since: on,
            },
            removed: null,
            temporary: before?.temporary ?? null,
            current: household.address,
        };
        const written = await residents.put(record);
        if (!written.ok)
            throw new Error(`cutru: resident write failed (${written.error.code})`);
    }
    const members = [
        ...household.members,
        ...joiners.map((j) => ({ personId: j.id, relationship: j.relationship })),
    ];
    const updated = await households.update(household.id, (h) => ({ ...h, members }));
    if (!updated.ok)
        throw new Error(`cutru: household write failed (${updated.error.code})`);
    return updated.value.doc;
}
/**
 * Removes a person's permanent residence: their record keeps the removed residence (`DA_XOA`),
 * the household loses them (a new head is chosen per `householdWithout`), and members whose
 * relationship changed with the head are updated.
 * @see DOMAIN.md §4 step 4; rules.ts `householdWithout`
 */
export async function leaveHousehold(scope, resident, ground, on) {
    const permanent = resident.permanent;
    if (!permanent)
        throw new Error('cutru: leaveHousehold needs a registered resident');
    const { residents, households } = register(scope);
    const removed = { address: permanent.address, householdId: permanent.householdId, on, ground };
    const written = await residents.put({ ...resident, permanent: null, removed });
    if (!written.ok)
        throw new Error(`cutru: resident write failed (${written.error.code})`);
    const household = await households.get(permanent.householdId);
    if (!household)
        return;
    const others = await residents.getMany(household.members.map((m) => m.personId));
    const births = new Map(others.flatMap((r) => (r ? [[r.id, r.birthDate]] : [])));
    const after = householdWithout(household, resident.id, (id) => births.get(id) ?? '');
    const saved = await households.put(after);
    if (!saved.ok)
        throw new Error(`cutru: household write failed (${saved.error.code})`);
    for (const member of after.members) {
        const current = await residents.get(member.personId);
        if (!current?.permanent || current.permanent.relationship === member.relationship)
            continue;
        const permanentNow = { ...current.permanent, relationship: member.relationship };
        const moved = await residents.put({ ...current, permanent: permanentNow });
        if (!moved.ok)
            throw new Error(`cutru: resident write failed (${moved.error.code})`);
    }
}
