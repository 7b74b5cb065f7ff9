/**
 * The simulated systems, one OpenAPI document each in `specs/`.
 * @see DESIGN.md §1
 */
export declare const SYSTEMS: readonly ["lienthong", "tinh", "hotich", "dancu", "cutru", "bhxh", "xahoi", "yte", "vneid", "sandbox"];
/** A system's wire prefix (`/hotich/v1/...`) and document name (`specs/hotich.yaml`). */
export type SystemName = (typeof SYSTEMS)[number];
/** Narrows a string to a known system name. */
export declare function isSystemName(value: string): value is SystemName;
