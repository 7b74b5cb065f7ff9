import type { ErrorObject } from 'ajv';
/** One contract violation, with a JSON pointer into the request or response. */
export interface Violation {
    /** `/body/treEm/ngaySinh`, `/query/soLuong`, `/path/maHoSo`, `/header/x-muc-dich`. */
    readonly pointer: string;
    /** Stable code: REQUIRED, TYPE, FORMAT, PATTERN, ENUM, UNKNOWN_PROPERTY, … */
    readonly code: string;
    readonly detail: string;
}
/** Where a value was found, used as the first pointer token. */
export type ValueLocation = 'body' | 'query' | 'path' | 'header' | 'response';
/**
 * Turns ajv errors into violations with JSON pointers, one per offending field and rule.
 * Narrow failed alternatives first (`narrowAlternatives` in alternatives.ts).
 */
export declare function toViolations(errors: readonly ErrorObject[] | null | undefined, location: ValueLocation): Violation[];
