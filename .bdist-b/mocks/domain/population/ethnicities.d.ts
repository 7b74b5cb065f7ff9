/**
 * Ethnicity and religion: the catalogue codes used, the regional mix, and religion by ethnicity or
 * province. Shares are APPROXIMATE (rounded from the 2019 census results as published by the GSO)
 * and only need to look plausible; national Kinh share comes out near 85%.
 * @see GSO, Kết quả toàn bộ Tổng điều tra dân số và nhà ở 2019; specs/common.yaml `Ethnicity`
 */
import type { WeightedTable } from './prng.js';
/**
 * The ethnicity codes this generator uses, from the 54-group catalogue (GSO QĐ 421/TCTK/PPCĐ,
 * used as the MOJ civil-status catalogue: "01" Kinh, "02" Tày …). Names as the catalogue spells
 * them.
 * @see specs/common.yaml `Ethnicity` ("danh mục 3 của Bộ Tư pháp, 01 = Kinh")
 */
export declare const ETHNICITY_NAMES: Readonly<Record<string, string>>;
/**
 * The Kinh code, the default everywhere.
 * @see ETHNICITY_NAMES
 */
export declare const KINH = "01";
/**
 * Non-Kinh shares (percent) of each post-2025 province; the rest is Kinh. Provinces not listed
 * are treated as 99.5% Kinh with a trace of Hoa. Northern uplands: Tày, Thái, Mường, H'Mông, Nùng,
 * Dao; Central Highlands: Ê-đê, Gia-rai, Ba-na, Xơ-Đăng, Cơ-ho, Mnông; South Central: Chăm,
 * Ra-glai; Mekong: Khơ-me; HCMC and the South East: Hoa.
 * @see GSO census 2019, ethnic composition by province (pre-2025 provinces, merged by population)
 */
export declare const PROVINCE_ETHNIC_MIX: Readonly<Record<string, readonly (readonly [string, number])[]>>;
/**
 * The ethnicity table of a province: its listed shares, Kinh for the rest.
 * @see PROVINCE_ETHNIC_MIX
 */
export declare function ethnicityTable(provinceCode: string): WeightedTable<string>;
/** "Không" (no religion), as the register writes it. @see specs/dancu.yaml `Religion` */
export declare const NO_RELIGION = "Kh\u00F4ng";
type Rows = readonly (readonly [string, number])[];
/**
 * Religion shares that differ from the national mix: by ethnicity first (Theravada Buddhism among
 * the Khơ-me, Protestantism in the uplands, Bà-la-môn and Islam among the Chăm), then by province
 * (Cao Đài in Tây Ninh, Hòa Hảo in An Giang, Catholics in Ninh Bình–Nam Định and Đồng Nai).
 * @see GSO census 2019, religion by province and ethnicity
 */
export declare const RELIGION_OVERRIDES: {
    readonly byEthnicity: Readonly<Record<string, Rows>>;
    readonly byProvince: Readonly<Record<string, Rows>>;
};
/**
 * The religion table for a person of this ethnicity living in this province.
 * @see RELIGION_OVERRIDES
 */
export declare function religionTable(ethnicity: string, provinceCode: string): WeightedTable<string>;
export {};
