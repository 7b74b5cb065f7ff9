import { createWeightedTable } from './prng.js';
/**
 * The ethnicity codes this generator uses, from the 54-group catalogue (GSO QĐ 421/TCTK/PPCĐ,
 * used as the MOJ civil-status catalogue: "01" Kinh, "02" Tày …). Names as the catalogue spells
 * them.
 * @see specs/common.yaml `Ethnicity` ("danh mục 3 của Bộ Tư pháp, 01 = Kinh")
 */
export const ETHNICITY_NAMES = {
    '01': 'Kinh', '02': 'Tày', '03': 'Thái', '04': 'Hoa', '05': 'Khơ-me', '06': 'Mường',
    '07': 'Nùng', '08': "H'Mông", '09': 'Dao', '10': 'Gia-rai', '12': 'Ê-đê', '13': 'Ba-na',
    '14': 'Xơ-Đăng', '16': 'Cơ-ho', '17': 'Chăm', '19': 'Hrê', '20': 'Mnông', '21': 'Ra-glai',
}; // prettier-ignore
/**
 * The Kinh code, the default everywhere.
 * @see ETHNICITY_NAMES
 */
export const KINH = '01';
/**
 * Non-Kinh shares (percent) of each post-2025 province; the rest is Kinh. Provinces not listed
 * are treated as 99.5% Kinh with a trace of Hoa. Northern uplands: Tày, Thái, Mường, H'Mông, Nùng,
 * Dao; Central Highlands: Ê-đê, Gia-rai, Ba-na, Xơ-Đăng, Cơ-ho, Mnông; South Central: Chăm,
 * Ra-glai; Mekong: Khơ-me; HCMC and the South East: Hoa.
 * @see GSO census 2019, ethnic composition by province (pre-2025 provinces, merged by population)
 */
export const PROVINCE_ETHNIC_MIX = {
    '04': [['02', 41], ['07', 31], ['08', 11], ['09', 10]],
    '08': [['02', 25], ['08', 18], ['09', 13], ['07', 6]],
    '11': [['03', 38], ['08', 35]],
    '12': [['03', 33], ['08', 25], ['09', 14]],
    '14': [['03', 54], ['08', 17], ['06', 7]],
    '15': [['08', 18], ['02', 13], ['09', 13], ['03', 6]],
    '19': [['02', 22], ['07', 7], ['09', 5]],
    '20': [['07', 42], ['02', 35], ['09', 4]],
    '22': [['09', 4], ['02', 3]],
    '24': [['07', 3], ['02', 2]],
    '25': [['06', 25]],
    '38': [['06', 9], ['03', 6]],
    '40': [['03', 10]],
    '51': [['14', 8], ['19', 6], ['13', 6]],
    '52': [['10', 20], ['13', 9]],
    '56': [['21', 7], ['17', 6]],
    '66': [['12', 15], ['07', 2], ['02', 2], ['10', 1]],
    '68': [['16', 6], ['20', 3], ['17', 2]],
    '75': [['04', 3]],
    '79': [['04', 5], ['05', 0.3]],
    '80': [['05', 0.5]],
    '86': [['05', 10]],
    '91': [['05', 9], ['04', 1.5], ['17', 0.4]],
    '92': [['05', 14], ['04', 3]],
    '96': [['05', 3.5], ['04', 1.3]],
}; // prettier-ignore
/**
 * The ethnicity table of a province: its listed shares, Kinh for the rest.
 * @see PROVINCE_ETHNIC_MIX
 */
export function ethnicityTable(provinceCode) {
    const listed = PROVINCE_ETHNIC_MIX[provinceCode] ?? [['04', 0.5]];
    const others = listed.reduce((sum, [, share]) => sum + share, 0);
    return createWeightedTable([[KINH, 100 - others], ...listed]);
}
/** "Không" (no religion), as the register writes it. @see specs/dancu.yaml `Religion` */
export const NO_RELIGION = 'Không';
// Census 2019: about 86% follow no registered religion; Catholics 6.1%, Buddhists 4.8%,
// Protestants 1.0%, Hòa Hảo 1.0%, Cao Đài 0.6% (rounded).
const NATIONAL = [
    [NO_RELIGION, 86],
    ['Công giáo', 6.1],
    ['Phật giáo', 4.8],
    ['Tin lành', 1],
    ['Phật giáo Hòa Hảo', 1],
    ['Cao Đài', 0.6],
];
/**
 * Religion shares that differ from the national mix: by ethnicity first (Theravada Buddhism among
 * the Khơ-me, Protestantism in the uplands, Bà-la-môn and Islam among the Chăm), then by province
 * (Cao Đài in Tây Ninh, Hòa Hảo in An Giang, Catholics in Ninh Bình–Nam Định and Đồng Nai).
 * @see GSO census 2019, religion by province and ethnicity
 */
export const RELIGION_OVERRIDES = {
    byEthnicity: {
        '05': [['Phật giáo', 92], [NO_RELIGION, 8]],
        '08': [[NO_RELIGION, 75], ['Tin lành', 22], ['Công giáo', 3]],
        '10': [[NO_RELIGION, 55], ['Tin lành', 33], ['Công giáo', 12]],
        '12': [[NO_RELIGION, 50], ['Tin lành', 38], ['Công giáo', 12]],
        '17': [['Bà-la-môn', 45], ['Hồi giáo', 35], [NO_RELIGION, 20]],
    },
    byProvince: {
        '37': [[NO_RELIGION, 78], ['Công giáo', 18], ['Phật giáo', 4]],
        '75': [[NO_RELIGION, 62], ['Công giáo', 28], ['Phật giáo', 8], ['Tin lành', 2]],
        '80': [[NO_RELIGION, 72], ['Cao Đài', 18], ['Phật giáo', 8], ['Công giáo', 2]],
        '91': [[NO_RELIGION, 70], ['Phật giáo Hòa Hảo', 20], ['Phật giáo', 8], ['Công giáo', 2]],
    },
}; // prettier-ignore
/**
 * The religion table for a person of this ethnicity living in this province.
 * @see RELIGION_OVERRIDES
 */
export function religionTable(ethnicity, provinceCode) {
    const rows = RELIGION_OVERRIDES.byEthnicity[ethnicity] ??
        RELIGION_OVERRIDES.byProvince[provinceCode] ??
        NATIONAL;
    return createWeightedTable(rows);
}
