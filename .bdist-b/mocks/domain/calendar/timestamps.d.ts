/**
 * Wire formats for instants: ISO 8601 with an explicit +07:00 offset, and the 14-digit sync
 * timestamp of the provincial one-stop systems. Formatting cannot fail; parsing returns a
 * `Result` because the text comes from outside (STYLE.md rule 6).
 *
 * @see DOMAIN.md §6.5 (sync timestamps `yyyyMMddHHmmss`, regex `^\d{14}$`, Asia/Ho_Chi_Minh)
 */
import type { Result } from '../../../contracts/result.js';
/**
 * Why a timestamp could not be parsed. `code` is a stable id; `detail` names the expected format
 * and never echoes the input.
 * @see STYLE.md rule 5 (stable SCREAMING_SNAKE codes)
 */
export interface TimestampParseError {
    readonly code: 'INVALID_VN_ISO' | 'INVALID_SYNC_TIMESTAMP';
    readonly detail: string;
}
/**
 * Formats an instant as `yyyy-MM-ddTHH:mm:ss+07:00`. Milliseconds are truncated.
 * @see DOMAIN.md §5 (Asia/Ho_Chi_Minh); RFC 3339 §5.6
 */
export declare function toVnIso(instant: Date): string;
/**
 * Formats an instant as the 14-digit sync timestamp `yyyyMMddHHmmss` in +07:00.
 * Milliseconds are truncated.
 * @see DOMAIN.md §6.5 [medium] OpenCPS v2
 */
export declare function toSyncTimestamp(instant: Date): string;
/**
 * Parses exactly `yyyy-MM-ddTHH:mm:ss+07:00` (no fractions, no other offset, no `Z`), checking
 * that the date exists and the time is in range.
 * @see DOMAIN.md §5; RFC 3339 §5.6
 */
export declare function parseVnIso(text: string): Result<Date, TimestampParseError>;
/**
 * Parses a 14-digit `yyyyMMddHHmmss` sync timestamp read in Asia/Ho_Chi_Minh.
 * @see DOMAIN.md §6.5 [medium] OpenCPS v2
 */
export declare function parseSyncTimestamp(text: string): Result<Date, TimestampParseError>;
