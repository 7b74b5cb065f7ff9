/**
 * The house/street part of an address (`chiTiet`), in the local style: numbered streets, lanes
 * (ngõ) and alleys (hẻm) in wards; thôn/xóm in the north, ấp in the south, bản in the northern
 * uplands, buôn/plei in the Central Highlands. Invented but plausible; never a real address.
 * @see specs/common.yaml `Address.chiTiet`
 */
import type { CommuneType } from '../admin-units/index.js';
import type { Prng } from './prng.js';
import type { Region } from './province-weights.js';
/**
 * Streets named after figures and dates found in most Vietnamese towns.
 * @see drawAddressDetail
 */
export declare const STREET_NAMES: readonly string[];
/**
 * A `chiTiet` for a household in a commune of this type and region. Highland and upland
 * households (by the head's ethnicity) live in buôn/plei and bản.
 * @see specs/common.yaml `Address`
 */
export declare function drawAddressDetail(rng: Prng, communeType: CommuneType, region: Region, ethnicity: string): string;
/**
 * A lodging for a temporary residence: a room in a boarding house (nhà trọ) on a street.
 * @see specs/cutru.yaml `TemporaryResidence`
 */
export declare function drawLodgingDetail(rng: Prng, region: Region): string;
