/**
 * Problems the journal's control-plane operations can answer, declared once as data.
 * @see STYLE.md rule 5; specs/sandbox.yaml (sandboxQueryJournal, sandboxVerifyJournal)
 */
import { problemType } from '../../contracts/problems.js';
/**
 * Problem templates of the journal.
 * - `INVALID_CURSOR` (400): a `cursor` that is malformed or belongs to other filters; same type
 *   and code as the other listings of the sandbox.
 * - `JOURNAL_RANGE_INVALID` (422): a verify range whose `fromSeq` is after its `toSeq` (valid
 *   syntax, impossible meaning).
 * @see specs/sandbox.yaml#/components/parameters/ListCursor, JournalVerifyRequest
 */
export const JOURNAL_PROBLEMS = {
    invalidCursor: {
        type: problemType('cursor-invalid'),
        title: 'Con trỏ trang không hợp lệ',
        status: 400,
        code: 'INVALID_CURSOR',
    },
    rangeInvalid: {
        type: problemType('journal-range-invalid'),
        title: 'Khoảng bản ghi nhật ký không hợp lệ',
        status: 422,
        code: 'JOURNAL_RANGE_INVALID',
    },
};
