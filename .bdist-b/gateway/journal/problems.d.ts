/**
 * Problem templates of the journal.
 * - `INVALID_CURSOR` (400): a `cursor` that is malformed or belongs to other filters; same type
 *   and code as the other listings of the sandbox.
 * - `JOURNAL_RANGE_INVALID` (422): a verify range whose `fromSeq` is after its `toSeq` (valid
 *   syntax, impossible meaning).
 * @see specs/sandbox.yaml#/components/parameters/ListCursor, JournalVerifyRequest
 */
export declare const JOURNAL_PROBLEMS: {
    readonly invalidCursor: {
        readonly type: string;
        readonly title: "Con trỏ trang không hợp lệ";
        readonly status: 400;
        readonly code: "INVALID_CURSOR";
    };
    readonly rangeInvalid: {
        readonly type: string;
        readonly title: "Khoảng bản ghi nhật ký không hợp lệ";
        readonly status: 422;
        readonly code: "JOURNAL_RANGE_INVALID";
    };
};
