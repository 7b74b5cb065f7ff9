/**
 * Test-only helpers: instants written as `yyyy-MM-ddTHH:mm:ss+07:00` so tables read like the
 * dates an officer would see on the appointment slip.
 * @see DOMAIN.md §5
 */
import { parseVnIso, toVnIso } from './timestamps.js';
/**
 * The instant of a `yyyy-MM-ddTHH:mm[:ss]+07:00` literal (seconds optional); throws on a typo.
 * @see timestamps.ts
 */
export function at(text) {
    const withSeconds = /T\d{2}:\d{2}\+/.test(text) ? text.replace('+', ':00+') : text;
    const parsed = parseVnIso(withSeconds);
    if (!parsed.ok)
        throw new Error(`Bad test instant ${text}: ${parsed.error.detail}`);
    return parsed.value;
}
/**
 * `toVnIso` without the seconds and offset, for compact expectations (`2025-02-03T17:00`).
 * @see timestamps.ts
 */
export function shortVn(instant) {
    return toVnIso(instant).slice(0, 16);
}
