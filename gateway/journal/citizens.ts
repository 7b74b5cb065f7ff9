/**
 * What a call touched, for its journal record: the personal ID numbers in the request and the
 * answer, and the personal-data fields a citizen answer returned. Pure JSON walks; the journal
 * stage feeds them the validated request and the handler's answer.
 *
 * @see SECURITY.md GW-09 (`subjectSoDinhDanh` stored in full, `fieldsReturned[]`), GW-20
 * @see specs/sandbox.yaml#/components/schemas/JournalEntry
 */
import { rememberRecent } from '../../mocks/domain/remember.js';

/** The spec caps `subjectSoDinhDanh` at 50 numbers. */
export const MAX_SUBJECTS = 50;

/** The spec caps `fieldsReturned` at 100 names. */
export const MAX_FIELDS = 100;

/** A personal ID number: 12 digits. @see specs/common.yaml `PersonalIdNumber` */
const ID_NUMBER = /^\d{12}$/;

/** Keys that hold ID numbers: `soDinhDanh`, `soDinhDanhNguoiXacNhan`, `subjectSoDinhDanh`… */
const ID_KEY = /sodinhdanh/i;

/** Whether a key names ID numbers; answers reuse a few dozen keys, so verdicts are remembered. */
const isIdKey = rememberRecent((key) => ID_KEY.test(key));

/** A field name as `fieldsReturned` allows it. @see specs/sandbox.yaml `JournalEntry` */
const FIELD_NAME = /^[a-z][A-Za-z0-9]{1,63}$/;

/** Answer members that describe the answer rather than the person (dancu `CitizenRecord.meta`). */
const NOT_PERSONAL_DATA = new Set(['meta']);

/**
 * The personal ID numbers a request or answer touches, in order of first appearance, without
 * repeats, at most {@link MAX_SUBJECTS}. It walks every value given (path params, query, body,
 * answer) and keeps the 12-digit strings held by keys whose name contains `soDinhDanh` (any
 * case), directly or in an array. Relatives inside an answer (`cha`, `me`, `voChong`, `chuHo`,
 * household members) count: their numbers were disclosed too.
 * @see SECURITY.md GW-09, GW-11 (inspection by citizen)
 */
export function extractCitizens(...values: readonly unknown[]): string[] {
  const found = new Set<string>();
  for (const value of values) collectCitizens(value, false, found);
  return [...found];
}

/** Adds the ID numbers in `value` to `found`; `idKey` tells whether its key names ID numbers. */
function collectCitizens(value: unknown, idKey: boolean, found: Set<string>): void {
  if (found.size >= MAX_SUBJECTS) return;
  if (typeof value === 'string') {
    if (idKey && ID_NUMBER.test(value)) found.add(value);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collectCitizens(item, idKey, found);
    return;
  }
  // Own enumerable members, as Object.entries lists them, without the arrays it allocates.
  const members = value as Readonly<Record<string, unknown>>;
  for (const key in members) {
    if (Object.hasOwn(members, key)) collectCitizens(members[key], isIdKey(key), found);
  }
}

/**
 * The ID numbers an answer discloses, walked once per answer object: the policy (bulk counts)
 * and the journal both ask about the same answer. Answers are not changed once answered.
 */
const disclosedByAnswer = new WeakMap<object, readonly string[]>();

function disclosedBy(answer: unknown): readonly string[] {
  if (typeof answer !== 'object' || answer === null) return extractCitizens(answer);
  let disclosed = disclosedByAnswer.get(answer);
  if (disclosed === undefined) {
    disclosed = Object.freeze(extractCitizens(answer));
    disclosedByAnswer.set(answer, disclosed);
  }
  return disclosed;
}

/**
 * The personal-data fields an answer returned: the top-level members of an answer about a
 * citizen (one that holds an ID number, like dancu's `CitizenRecord` or cutru's `Household`),
 * except `meta`. Any other answer (a problem, a receipt without a person) returned none.
 * @see SECURITY.md GW-07 (field minimisation), GW-09
 */
export function fieldsReturned(answer: unknown): string[] {
  return fieldsOf(answer, extractCitizens(answer).length > 0);
}

/** The top-level fields of an answer, when it is a record that holds an ID number. */
function fieldsOf(answer: unknown, holdsIdNumber: boolean): string[] {
  if (!holdsIdNumber || answer === null || typeof answer !== 'object' || Array.isArray(answer)) {
    return [];
  }
  return Object.keys(answer)
    .filter((key) => !NOT_PERSONAL_DATA.has(key) && FIELD_NAME.test(key))
    .slice(0, MAX_FIELDS);
}

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
export function citizenAccessOf(call: CallData): {
  readonly subjectSoDinhDanh: string[];
  readonly fieldsReturned: string[];
} {
  const answer = answerOf(call);
  return {
    subjectSoDinhDanh: subjectsOf(call),
    fieldsReturned: fieldsOf(answer, answer !== undefined && disclosedBy(answer).length > 0),
  };
}

/**
 * Whom a call touched: the ID numbers of the request, then those of its answer when it
 * succeeded, without repeats and at most {@link MAX_SUBJECTS} (the policy's bulk counts need
 * only this part of {@link citizenAccessOf}).
 * @see SECURITY.md GW-09, GW-16
 */
export function subjectsOf(call: CallData): string[] {
  const answer = answerOf(call);
  const requested = extractCitizens(call.params, call.query, call.body);
  // The answer is walked once per answer object. Its numbers follow the request's, without
  // repeats and up to the cap: its first MAX_SUBJECTS distinct numbers always suffice.
  const disclosed = answer === undefined ? [] : disclosedBy(answer);
  if (disclosed.length === 0) return requested;
  const subjects = new Set(requested);
  for (const number of disclosed) {
    if (subjects.size >= MAX_SUBJECTS) break;
    subjects.add(number);
  }
  return [...subjects];
}

/** The answer of a call that succeeded; only a 2xx answer discloses anything. */
function answerOf(call: CallData): unknown {
  return call.status >= 200 && call.status < 300 ? call.answer : undefined;
}
