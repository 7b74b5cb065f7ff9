/** `xahoi.citizens`. */
export const CITIZENS = { idOf: (c) => c.id };
/** `xahoi.claims`, indexed by the deceased. */
export const CLAIMS = {
    idOf: (c) => c.claim.maHoSoHuong,
    indexes: { byDeceased: (c) => c.claim.nguoiChet.soDinhDanh },
};
/** Collection names, `xahoi.<name>`. */
export const COLLECTIONS = { citizens: 'xahoi.citizens', claims: 'xahoi.claims' };
/**
 * Loads the social-affairs share of the population: every person with their entitlements.
 * @see MockSystem.seed
 */
export async function seed(builder, population) {
    const citizens = population.people.map((p) => {
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
    if (!inserted.ok)
        throw new Error('xahoi seed: duplicate citizen id in the population');
}
