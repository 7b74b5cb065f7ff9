/**
 * Name tables: surnames, middle names and given names, by ethnicity and sex. Kinh surname shares
 * follow the commonly cited distribution (Nguyễn ~38%, Trần ~11%, Lê ~9.5%, Phạm ~7%, Hoàng/Huỳnh
 * ~5%, Phan ~4.5%, Vũ/Võ ~3.9% …), with Hoàng/Vũ in the north and Huỳnh/Võ in the south. Other
 * ethnicities use their usual family or clan names. All strings are NFC. APPROXIMATE shares.
 * @see https://en.wikipedia.org/wiki/Vietnamese_name#Family_name (surname shares, regional forms)
 */
import type { Region } from './province-weights.js';
/**
 * `[value, weight]` rows of a weighted table.
 * @see createWeightedTable
 */
export type Rows = readonly (readonly [string, number])[];
/**
 * Kinh surnames by region: the same two names spelled Hoàng/Huỳnh and Vũ/Võ.
 * @see https://en.wikipedia.org/wiki/Huỳnh ; https://en.wikipedia.org/wiki/Võ
 */
export declare const KINH_SURNAMES: Readonly<Record<Region, Rows>>;
/**
 * Middle names by sex and generation: "Văn" and "Thị" dominate among those born before 1985.
 * @see https://en.wikipedia.org/wiki/Vietnamese_name#Middle_name
 */
export declare const KINH_MIDDLE_NAMES: {
    readonly maleOlder: Rows;
    readonly maleYounger: Rows;
    readonly femaleOlder: Rows;
    readonly femaleYounger: Rows;
};
/**
 * Common Vietnamese given names by sex.
 * @see https://en.wikipedia.org/wiki/Vietnamese_name#Given_name
 */
export declare const KINH_GIVEN_NAMES: {
    male: readonly string[];
    female: readonly string[];
};
/**
 * How names of an ethnicity are built.
 * @see NAME_STYLES
 */
export interface NameStyleData {
    /** Family (or clan) names; for Kinh the regional {@link KINH_SURNAMES} apply instead. */
    readonly surnames: Rows;
    /** `SURNAME_LAST`: "Y Moan Niê" (Ê-đê). */
    readonly order: 'SURNAME_FIRST' | 'SURNAME_LAST';
    /** Children take the mother's clan name and ethnicity (Ê-đê, Gia-rai). */
    readonly matrilineal: boolean;
    /** Own middle names; otherwise the Kinh tables by generation. */
    readonly middle?: {
        readonly male: Rows;
        readonly female: Rows;
    };
    /** Own given names; otherwise {@link KINH_GIVEN_NAMES}. */
    readonly given?: {
        readonly male: readonly string[];
        readonly female: readonly string[];
    };
}
/**
 * Naming style per ethnicity code; codes not listed name like the Kinh. Upland groups in the
 * north use Vietnamese middle and given names with their own family names; H'Mông and Khơ-me
 * have their own given names; Ê-đê put the clan name last; Ê-đê and Gia-rai are matrilineal.
 * @see https://en.wikipedia.org/wiki/Vietnamese_name ; ethnographic summaries of the 54 groups
 */
export declare const NAME_STYLES: Readonly<Record<string, NameStyleData>>;
