/**
 * What a call touched, for its journal record: the personal ID numbers in the request and the
 * answer, and the personal-data fields a citizen answer returned. Pure JSON walks; the journal
 * stage feeds them the validated request and the handler's answer.
 *
 * @see SECURITY.md GW-09 (`subjectSoDinhDanh` stored in full, `fieldsReturned[]`), GW-20
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
/** The spec caps `subjectSoDinhDanh` at 50 numbers. */
export declare const MAX_SUBJECTS = 50;
/** The spec caps `fieldsReturned` at 100 names. */
export declare const MAX_FIELDS = 100;
/**
 * The personal ID numbers a request or answer touches, in order of first appearance, without
 * repeats, at most {@link MAX_SUBJECTS}. It walks every value given (path params, query, body,
 * answer) and keeps the 12-digit strings held by keys whose name contains `soDinhDanh` (any
 * case), directly or in an array. Relatives inside an answer (`cha`, `me`, `voChong`, `chuHo`,
 * household members) count: their numbers were disclosed too.
 * @see SECURITY.md GW-09, GW-11 (inspection by citizen)
 */
export declare function extractCitizens(...values: readonly unknown[]): string[];
/**
 * The personal-data fields an answer returned: the top-level members of an answer about a
 * citizen (one that holds an ID number, like dancu's `CitizenRecord` or cutru's `Household`),
 * except `meta`. Any other answer (a problem, a receipt without a person) returned none.
 * @see SECURITY.md GW-07 (field minimisation), GW-09
 */
export declare function fieldsReturned(answer: unknown): string[];
/** What a call carried, as the pipeline's journal stage has it. */
export interface CallData {
    readonly params?: unknown;
    readonly query?: unknown;
    readonly body?: unknown;
    /** HTTP status of the answer. */
    readonly status: number;
    /** The answer's body. */
    readonly answer?: unknown;
}
/**
 * The citizen part of a journal record: whom the call touched (request and, when it succeeded,
 * answer) and which fields it returned (only a 2xx answer returns data).
 * @see SECURITY.md GW-09
 */
export declare function citizenAccessOf(call: CallData): {
    readonly subjectSoDinhDanh: string[];
    readonly fieldsReturned: string[];
};
