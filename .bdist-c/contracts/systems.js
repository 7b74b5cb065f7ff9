/**
 * The simulated systems, one OpenAPI document each in `specs/`.
 * @see DESIGN.md §1
 */
export const SYSTEMS = [
    'lienthong',
    'tinh',
    'hotich',
    'dancu',
    'cutru',
    'bhxh',
    'xahoi',
    'yte',
    'vneid',
    'sandbox',
];
/** Narrows a string to a known system name. */
export function isSystemName(value) {
    return SYSTEMS.includes(value);
}
