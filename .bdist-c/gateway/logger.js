import { pino } from 'pino';
/** Personal ID numbers (12 digits) keep the first 3 and last 2 digits in operational logs. */
const ID_NUMBER = /(?<!\d)(\d{3})\d{7}(\d{2})(?!\d)/g;
/**
 * Masks personal ID numbers (`038*******23`) in a log line. The journal is the only place where
 * they appear whole.
 * @see SECURITY.md GW-20
 */
export function maskIdNumbers(text) {
    return text.replace(ID_NUMBER, '$1*******$2');
}
/** The operational logger: JSON lines on stdout, ID numbers masked. */
export function createLogger(level, destination) {
    return pino({
        level,
        base: { service: 'lienthong-sandbox' },
        hooks: {
            streamWrite: maskIdNumbers,
        },
    }, destination);
}
