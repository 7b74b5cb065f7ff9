import { WIRE_SEX } from './mapping.js';
/** `bhxh.participants`, unique by BHXH code. */
export const PARTICIPANTS = {
    idOf: (p) => p.id,
    indexes: { byBhxhCode: { key: (p) => p.record?.bhxhCode, unique: true } },
};
/** `bhxh.cards`, one per child. */
export const CARDS = {
    idOf: (c) => c.maTheBhyt,
    indexes: { byPerson: { key: (c) => c.soDinhDanh, unique: true } },
};
/** `bhxh.facilities`. */
export const FACILITIES = { idOf: (f) => f.code };
/** `bhxh.claims`, indexed by the deceased. */
export const CLAIMS = {
    idOf: (c) => c.claim.maHoSoHuong,
    indexes: { byDeceased: (c) => c.claim.nguoiChet.soDinhDanh },
};
/** `bhxh.payments`, indexed by claim. */
export const PAYMENTS = {
    idOf: (p) => p.id,
    indexes: { byClaim: (p) => p.maHoSoHuong },
};
/** Collection names, `bhxh.<name>`. */
export const COLLECTIONS = {
    participants: 'bhxh.participants',
    cards: 'bhxh.cards',
    facilities: 'bhxh.facilities',
    claims: 'bhxh.claims',
    payments: 'bhxh.payments',
};
/**
 * Loads BHXH's share of the population: every person (with the insurance record when there is
 * one), the TE1 cards and the facility catalogue.
 * @see MockSystem.seed
 */
export async function seed(builder, population) {
    const participants = population.people.map((p) => ({
        id: p.id,
        hoTen: p.fullName,
        ngaySinh: p.birthDate,
        gioiTinh: WIRE_SEX[p.sex],
        maTinh: (p.permanentAddress ?? p.currentAddress).provinceCode,
        record: population.insuranceByPerson.get(p.id) ?? null,
    }));
    const cards = population.childCards.flatMap((c) => {
        const child = population.byId.get(c.personId);
        if (!child)
            return [];
        const facility = population.facilityByCode.get(c.initialCareFacility);
        return [
            {
                maTheBhyt: c.cardNumber,
                maSoBhxh: c.bhxhCode,
                soDinhDanh: c.personId,
                hoTen: child.fullName,
                ngaySinh: child.birthDate,
                gioiTinh: WIRE_SEX[child.sex],
                maTinh: c.provinceCode,
                giaTriTu: c.validFrom,
                giaTriDen: c.validTo,
                noiKcbBanDau: {
                    maCoSoKcb: c.initialCareFacility,
                    ...(facility ? { tenCoSoKcb: facility.name } : {}),
                },
                maHoSo: null,
                thoiDiemCap: null,
                giayTo: null,
            },
        ];
    });
    const facilities = population.facilities.map((f) => ({
        code: f.code,
        name: f.name,
        provinceCode: f.provinceCode,
    }));
    await must(builder.collection(COLLECTIONS.participants, PARTICIPANTS).insertMany(participants));
    await must(builder.collection(COLLECTIONS.cards, CARDS).insertMany(cards));
    await must(builder.collection(COLLECTIONS.facilities, FACILITIES).insertMany(facilities));
}
async function must(result) {
    const done = await result;
    if (!done.ok)
        throw new Error('bhxh seed: the population breaks a unique index');
}
