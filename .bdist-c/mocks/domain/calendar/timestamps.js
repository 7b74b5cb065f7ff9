import { err, ok } from '../../../contracts/result.js';
import { fromVnFields, isValidCivilDate, pad2, vnFields } from './vn-time.js';
const VN_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+07:00$/;
const SYNC_TIMESTAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
/**
 * Formats an instant as `yyyy-MM-ddTHH:mm:ss+07:00`. Milliseconds are truncated.
 * @see DOMAIN.md §5 (Asia/Ho_Chi_Minh); RFC 3339 §5.6
 */
export function toVnIso(instant) {
    // Every request stamps the time: the text of the last second formatted is kept.
    const second = Math.floor(instant.getTime() / 1000);
    if (second === lastIso.second)
        return lastIso.text;
    const f = vnFields(instant);
    const text = `${String(f.year).padStart(4, '0')}-${pad2(f.month)}-${pad2(f.day)}` +
        `T${pad2(f.hour)}:${pad2(f.minute)}:${pad2(f.second)}+07:00`;
    lastIso = { second, text };
    return text;
}
let lastIso = { second: Number.NaN, text: '' };
/**
 * Formats an instant as the 14-digit sync timestamp `yyyyMMddHHmmss` in +07:00.
 * Milliseconds are truncated.
 * @see DOMAIN.md §6.5 [medium] OpenCPS v2
 */
export function toSyncTimestamp(instant) {
    const f = vnFields(instant);
    return (`${String(f.year).padStart(4, '0')}${pad2(f.month)}${pad2(f.day)}` +
        `${pad2(f.hour)}${pad2(f.minute)}${pad2(f.second)}`);
}
/**
 * Parses exactly `yyyy-MM-ddTHH:mm:ss+07:00` (no fractions, no other offset, no `Z`), checking
 * that the date exists and the time is in range.
 * @see DOMAIN.md §5; RFC 3339 §5.6
 */
export function parseVnIso(text) {
    const instant = fieldsToInstant(VN_ISO.exec(text));
    return instant
        ? ok(instant)
        : err({
            code: 'INVALID_VN_ISO',
            detail: 'expected yyyy-MM-ddTHH:mm:ss+07:00 with a real date and time',
        });
}
/**
 * Parses a 14-digit `yyyyMMddHHmmss` sync timestamp read in Asia/Ho_Chi_Minh.
 * @see DOMAIN.md §6.5 [medium] OpenCPS v2
 */
export function parseSyncTimestamp(text) {
    const instant = fieldsToInstant(SYNC_TIMESTAMP.exec(text));
    return instant
        ? ok(instant)
        : err({
            code: 'INVALID_SYNC_TIMESTAMP',
            detail: 'expected 14 digits yyyyMMddHHmmss (Asia/Ho_Chi_Minh) with a real date and time',
        });
}
function fieldsToInstant(match) {
    if (!match)
        return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
    if (year === undefined ||
        month === undefined ||
        day === undefined ||
        hour === undefined ||
        minute === undefined ||
        second === undefined) {
        return undefined;
    }
    if (!isValidCivilDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
        return undefined;
    }
    return fromVnFields(year, month, day, hour, minute, second);
}
