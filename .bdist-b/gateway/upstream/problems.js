/**
 * The problems of remote dispatch: the gateway's own answers when an agency configured with a
 * base URL cannot be reached, does not answer in time, answers what cannot be read, or is
 * unavailable without saying why. The timeout is the fault module's template, so a simulated
 * timeout and a real one look the same to clients.
 * @see issue 5 pipeline stage 7; specs/common.yaml#/components/schemas/Problem
 */
import { problemType } from '../../contracts/problems.js';
import { FAULT_PROBLEMS } from '../faults/index.js';
function template(code, status, title) {
    return { type: problemType(code.toLowerCase().replace(/_/g, '-')), title, status, code };
}
/**
 * Problems of dispatch to a remote upstream.
 * @see README.md ("Remote upstreams")
 */
export const UPSTREAM_PROBLEMS = {
    /** Connection refused, name not resolved, connection reset: no answer at all. */
    unreachable: template('UPSTREAM_UNREACHABLE', 502, 'Không kết nối được hệ thống cơ quan'),
    /** An answer whose body cannot be read as the media type it claims (or the contract declares). */
    malformed: template('UPSTREAM_MALFORMED', 502, 'Hệ thống cơ quan trả lời không đọc được'),
    /** A 503 without a problem body of its own (a proxy's HTML page, an empty answer). */
    unavailable: template('UPSTREAM_UNAVAILABLE', 503, 'Hệ thống cơ quan tạm thời không phục vụ được'),
    /** No answer within the configured timeout. */
    timeout: FAULT_PROBLEMS.upstreamTimeout,
};
