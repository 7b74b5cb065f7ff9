/**
 * Expected failures of the regime interpreter, declared as RFC 9457 templates. Only the HTTP edge
 * serialises them; `detail` is English and never carries personal data.
 * @see STYLE.md rule 5; specs/common.yaml `Problem`
 */
export declare const REGIME_PROBLEMS: {
    readonly INVALID_INSTANT: {
        readonly type: "urn:lienthong-sandbox:problem:invalid-instant";
        readonly title: "Thời điểm không hợp lệ";
        readonly status: 400;
    };
    readonly NO_REGIME: {
        readonly type: "urn:lienthong-sandbox:problem:no-regime";
        readonly title: "Không có chế độ liên thông áp dụng tại thời điểm này";
        readonly status: 422;
    };
    readonly INVALID_PROCEDURE_CODE: {
        readonly type: "urn:lienthong-sandbox:problem:invalid-procedure-code";
        readonly title: "Mã thủ tục hành chính không hợp lệ";
        readonly status: 400;
    };
    readonly UNKNOWN_PROCEDURE: {
        readonly type: "urn:lienthong-sandbox:problem:unknown-procedure";
        readonly title: "Không tìm thấy thủ tục hành chính";
        readonly status: 404;
    };
    readonly PROCEDURE_NOT_IN_FORCE: {
        readonly type: "urn:lienthong-sandbox:problem:procedure-not-in-force";
        readonly title: "Thủ tục hành chính không còn hoặc chưa có hiệu lực";
        readonly status: 422;
    };
    readonly COMBINATION_NOT_ALLOWED: {
        readonly type: "urn:lienthong-sandbox:problem:combination-not-allowed";
        readonly title: "Tổ hợp thủ tục không được phép";
        readonly status: 422;
    };
    readonly KHONG_THUOC_DOI_TUONG: {
        readonly type: "urn:lienthong-sandbox:problem:khong-thuoc-doi-tuong";
        readonly title: "Không thuộc đối tượng hưởng chế độ";
        readonly status: 422;
    };
    readonly AMOUNT_NOT_MODELLED: {
        readonly type: "urn:lienthong-sandbox:problem:amount-not-modelled";
        readonly title: "Chưa mô phỏng mức hưởng của chế độ này";
        readonly status: 422;
    };
};
/** Stable codes of {@link REGIME_PROBLEMS}. */
export type RegimeProblemCode = keyof typeof REGIME_PROBLEMS;
/**
 * The rule a leg combination broke, checked in this order.
 * @see DOMAIN.md §3 "Combinations", §4 step 1
 */
export type CombinationRule = 'LEG_NOT_IN_GROUP' | 'LEG_NOT_IN_REGIME' | 'DUPLICATE_LEG' | 'MANDATORY_LEG_MISSING' | 'DEPENDENCY_NOT_SELECTED' | 'TU_REQUIRES_MT' | 'PARTIAL_GROUP1_DISABLED' | 'TU_TUAT_DISABLED' | 'NOT_AN_ALLOWED_COMBINATION';
/**
 * A problem instance: the template, its code, an English detail and, for combinations, the rule.
 * @see REGIME_PROBLEMS
 */
export interface RegimeProblem {
    readonly type: string;
    readonly title: string;
    readonly status: number;
    readonly code: RegimeProblemCode;
    readonly detail: string;
    readonly rule?: CombinationRule;
}
/**
 * Instantiates a problem template.
 * @see REGIME_PROBLEMS
 */
export declare function regimeProblem(code: RegimeProblemCode, detail: string, rule?: CombinationRule): RegimeProblem;
