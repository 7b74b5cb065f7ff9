/**
 * Expected failures of the regime interpreter, declared as RFC 9457 templates. Only the HTTP edge
 * serialises them; `detail` is English and never carries personal data.
 * @see STYLE.md rule 5; specs/common.yaml `Problem`
 */
export const REGIME_PROBLEMS = {
    INVALID_INSTANT: {
        type: 'urn:lienthong-sandbox:problem:invalid-instant',
        title: 'Thời điểm không hợp lệ',
        status: 400,
    },
    NO_REGIME: {
        type: 'urn:lienthong-sandbox:problem:no-regime',
        title: 'Không có chế độ liên thông áp dụng tại thời điểm này',
        status: 422,
    },
    INVALID_PROCEDURE_CODE: {
        type: 'urn:lienthong-sandbox:problem:invalid-procedure-code',
        title: 'Mã thủ tục hành chính không hợp lệ',
        status: 400,
    },
    UNKNOWN_PROCEDURE: {
        type: 'urn:lienthong-sandbox:problem:unknown-procedure',
        title: 'Không tìm thấy thủ tục hành chính',
        status: 404,
    },
    PROCEDURE_NOT_IN_FORCE: {
        type: 'urn:lienthong-sandbox:problem:procedure-not-in-force',
        title: 'Thủ tục hành chính không còn hoặc chưa có hiệu lực',
        status: 422,
    },
    COMBINATION_NOT_ALLOWED: {
        type: 'urn:lienthong-sandbox:problem:combination-not-allowed',
        title: 'Tổ hợp thủ tục không được phép',
        status: 422,
    },
    KHONG_THUOC_DOI_TUONG: {
        type: 'urn:lienthong-sandbox:problem:khong-thuoc-doi-tuong',
        title: 'Không thuộc đối tượng hưởng chế độ',
        status: 422,
    },
    AMOUNT_NOT_MODELLED: {
        type: 'urn:lienthong-sandbox:problem:amount-not-modelled',
        title: 'Chưa mô phỏng mức hưởng của chế độ này',
        status: 422,
    },
};
/**
 * Instantiates a problem template.
 * @see REGIME_PROBLEMS
 */
export function regimeProblem(code, detail, rule) {
    return { ...REGIME_PROBLEMS[code], code, detail, ...(rule === undefined ? {} : { rule }) };
}
