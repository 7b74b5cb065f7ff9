/**
 * Social-affairs entitlements: social assistance (disability, very old age before 07/2025),
 * the social pension (from 01/07/2025, aged 75+ without a pension), persons with merit, veterans;
 * each with its managing agency (commune People's Committee, or the provincial Department of
 * Home Affairs for persons with merit since 03/2025).
 * @see specs/xahoi.yaml `BeneficiaryEntitlement`; DOMAIN.md §2 A9, §4 variant table
 */
import { DEFAULT_SETTINGS } from '../regimes/index.js';
import { addYears, toDay } from './days.js';
/**
 * The social pension starts on this day, at 75 (Luật BHXH 41/2024/QH15 Art. 21–22, from
 * 01/07/2025; 500,000 đ a month, NĐ 176/2025/NĐ-CP). Before it, people aged 80+ without a pension
 * received social assistance instead (NĐ 20/2021/NĐ-CP Art. 5).
 * @see Luật BHXH 41/2024/QH15 Art. 21–22; NĐ 176/2025/NĐ-CP
 */
export const SOCIAL_PENSION_FROM = '2025-07-01';
/** @see SOCIAL_PENSION_FROM */
export const SOCIAL_PENSION_AGE = 75;
/** @see SOCIAL_PENSION_FROM */
export const SOCIAL_PENSION_AMOUNT = 500_000;
/** Persons with merit moved from Sở LĐTB&XH to Sở Nội vụ on this day. @see NQ 176/2025/QH15 */
export const HOME_AFFAIRS_FROM = '2025-03-01';
/**
 * Description of old-age social assistance (aged 80+ without a pension).
 * @see NĐ 20/2021/NĐ-CP Art. 5
 */
export const OLD_AGE_ASSISTANCE = 'Người cao tuổi từ đủ 80 tuổi không có lương hưu';
/** The standard social-assistance level before the regimes' first entry (NĐ 20/2021/NĐ-CP). */
const EARLIER_STANDARD_LEVEL = 360_000;
const MERIT = [
    ['Thương binh', 2_800_000],
    ['Bệnh binh', 2_400_000],
    ['Thân nhân liệt sĩ', 2_055_000],
    ['Người hoạt động kháng chiến bị nhiễm chất độc hóa học', 2_600_000],
];
/**
 * An entitlement of the given kind for a person, managed in their commune or province.
 * `SOCIAL_ASSISTANCE` is old-age assistance (80+), `DISABILITY` disability assistance (also
 * category `SOCIAL_ASSISTANCE`).
 * @see EntitlementKind
 */
export function entitlement(ctx, person, kind) {
    const { rng } = ctx;
    const birthDay = toDay(person.birthDate);
    const standard = standardLevel(ctx.referenceDate);
    switch (kind) {
        case 'SOCIAL_PENSION':
            return {
                category: 'SOCIAL_PENSION',
                description: 'Trợ cấp hưu trí xã hội',
                receiving: true,
                since: ctx.date(Math.max(addYears(birthDay, SOCIAL_PENSION_AGE), toDay(SOCIAL_PENSION_FROM))),
                monthlyAllowance: SOCIAL_PENSION_AMOUNT,
                agency: commune(ctx, person),
            };
        case 'SOCIAL_ASSISTANCE':
            return {
                category: 'SOCIAL_ASSISTANCE',
                description: OLD_AGE_ASSISTANCE,
                receiving: true,
                since: ctx.date(Math.min(addYears(birthDay, 80) + rng.int(30, 200), ctx.today)),
                monthlyAllowance: standard * 1.5,
                agency: commune(ctx, person),
            };
        case 'DISABILITY': {
            const severe = rng.chance(0.4);
            return {
                category: 'SOCIAL_ASSISTANCE',
                description: severe ? 'Người khuyết tật đặc biệt nặng' : 'Người khuyết tật nặng',
                receiving: true,
                since: ctx.date(rng.int(Math.min(birthDay + 365, ctx.today), ctx.today)),
                monthlyAllowance: standard * (severe ? 2 : 1.5),
                agency: commune(ctx, person),
            };
        }
        case 'PERSON_WITH_MERIT': {
            const [description, amount] = rng.pick(MERIT);
            return {
                category: 'PERSON_WITH_MERIT',
                description,
                receiving: true,
                since: ctx.date(rng.int(Math.min(addYears(birthDay, 20), ctx.today), ctx.today)),
                monthlyAllowance: amount,
                agency: province(ctx, person),
            };
        }
        case 'VETERAN':
            return {
                category: 'VETERAN',
                description: 'Cựu chiến binh',
                receiving: false,
                since: ctx.date(rng.int(Math.min(addYears(birthDay, 25), ctx.today), ctx.today)),
                monthlyAllowance: null,
                agency: commune(ctx, person),
            };
    }
}
/**
 * The standard social-assistance level on a date, from the regimes' dated table.
 * @see DEFAULT_SETTINGS (benefits.standardLevels)
 */
export function standardLevel(onDate) {
    const level = DEFAULT_SETTINGS.benefits.standardLevels.findLast((l) => l.from <= onDate);
    return level?.amount ?? EARLIER_STANDARD_LEVEL;
}
const lowerFirst = (name) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
function home(person) {
    return person.permanentAddress ?? person.currentAddress;
}
function commune(ctx, person) {
    const { provinceCode, communeCode } = home(person);
    const name = ctx.catalogue.getCommune(communeCode)?.name ?? communeCode;
    return {
        level: 'UBND_XA',
        name: `Ủy ban nhân dân ${lowerFirst(name)}`,
        provinceCode,
        communeCode,
    };
}
function province(ctx, person) {
    const { provinceCode } = home(person);
    const name = lowerFirst(ctx.catalogue.getProvince(provinceCode)?.name ?? provinceCode);
    const department = ctx.referenceDate >= HOME_AFFAIRS_FROM ? 'Sở Nội vụ' : 'Sở Lao động - Thương binh và Xã hội';
    return { level: 'SO_NOI_VU', name: `${department} ${name}`, provinceCode, communeCode: null };
}
