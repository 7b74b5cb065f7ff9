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
] as const;

/** A system's wire prefix (`/hotich/v1/...`) and document name (`specs/hotich.yaml`). */
export type SystemName = (typeof SYSTEMS)[number];

/** Narrows a string to a known system name. */
export function isSystemName(value: string): value is SystemName {
  return (SYSTEMS as readonly string[]).includes(value);
}
