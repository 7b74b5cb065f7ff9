/**
 * A household as a Markdown table, for the README, logs of the sandbox CLI and debugging.
 */
import { defaultAdminUnits } from '../admin-units/index.js';
import { ageOn } from './days.js';
import { ETHNICITY_NAMES } from './ethnicities.js';
import { traitsOf } from './traits.js';
/**
 * The members of a household (head first) with ID number, birth date, sex, ethnicity, records
 * and traits; `undefined` for an unknown household. Contains personal data: never log it outside
 * the sandbox.
 * @see SECURITY.md GW-20 (masking applies to operational logs)
 */
export function householdTable(population, householdId) {
    const household = population.householdById.get(householdId);
    const members = population.byHousehold.get(householdId);
    if (household === undefined || members === undefined)
        return undefined;
    const rows = members.map((p) => {
        const relation = household.members.find((m) => m.personId === p.id)?.relationship ?? '';
        const records = [
            population.insuranceByPerson.get(p.id)?.category,
            population.childCardByPerson.get(p.id)?.cardNumber,
            ...(population.socialByPerson.get(p.id)?.entitlements.map((e) => e.category) ?? []),
            `VNeID ${p.vneid.level}`,
        ].filter((x) => x !== undefined);
        return [
            relation,
            p.fullName,
            p.id,
            `${p.birthDate} (${ageOn(p.birthDate, population.referenceDate)})`,
            p.sex,
            ETHNICITY_NAMES[p.ethnicity] ?? p.ethnicity,
            records.join(', '),
            traitsOf(p, population).join(', '),
        ];
    });
    const header = [
        'Relationship',
        'Full name',
        'ID number',
        'Born (age)',
        'Sex',
        'Ethnicity',
        'Records',
        'Traits',
    ];
    const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
    const { detail, communeCode, provinceCode } = household.address;
    const units = defaultAdminUnits();
    const commune = units.getCommune(communeCode)?.name ?? communeCode;
    const province = units.getProvince(provinceCode)?.name ?? provinceCode;
    const where = `${detail}, ${commune} (${communeCode}), ${province} (${provinceCode})`;
    return [`${household.id}: ${where}`, '', ...lines].join('\n');
}
