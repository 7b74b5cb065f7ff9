const FROM_INSURANCE = {
    CONTRIBUTING: 'INSURED',
    RESERVED: 'RESERVING_CONTRIBUTIONS',
    PENSIONER: 'PENSIONER',
    MONTHLY_BENEFIT: 'PENSIONER',
    NOT_PARTICIPATING: null,
};
/**
 * The routing categories of a person (for `routeBenefit`): from the insurance record and the
 * social-affairs entitlements, without duplicates; empty for an unknown person.
 * @see ../regimes routeBenefit; DOMAIN.md §4 "SANDBOX DEFAULT routing"
 */
export function benefitCategoriesOf(population, personId) {
    const categories = new Set();
    const insured = population.insuranceByPerson.get(personId);
    const fromInsurance = insured === undefined ? null : FROM_INSURANCE[insured.category];
    if (fromInsurance !== null)
        categories.add(fromInsurance);
    for (const e of population.socialByPerson.get(personId)?.entitlements ?? []) {
        categories.add(e.category);
    }
    return [...categories];
}
