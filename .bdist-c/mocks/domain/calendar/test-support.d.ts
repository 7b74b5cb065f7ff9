/**
 * The instant of a `yyyy-MM-ddTHH:mm[:ss]+07:00` literal (seconds optional); throws on a typo.
 * @see timestamps.ts
 */
export declare function at(text: string): Date;
/**
 * `toVnIso` without the seconds and offset, for compact expectations (`2025-02-03T17:00`).
 * @see timestamps.ts
 */
export declare function shortVn(instant: Date): string;
