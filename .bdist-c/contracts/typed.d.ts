/**
 * Types that tie a handler to its operation in the generated contracts, so an undeclared status
 * or a body of the wrong shape is a compile error (STYLE.md rule 2).
 *
 * @example
 * import type { operations } from '../../contracts/generated/hotich.js';
 * type Op = operations['hotichRegisterBirth'];
 * const body: RequestBody<Op> = …;           // the declared JSON request body
 * const out: TypedOutput<Op> = { status: 201, body: … };
 */
/** The JSON (or form) request body an operation declares; `undefined` when it takes none. */
export type RequestBody<Op> = Op extends {
    requestBody: {
        content: infer C;
    };
} ? C extends {
    'application/json': infer B;
} ? B : C[keyof C] : Op extends {
    requestBody?: {
        content: infer C;
    };
} ? (C extends {
    'application/json': infer B;
} ? B : C[keyof C]) | undefined : undefined;
/** The declared path parameters of an operation. */
export type PathParams<Op> = Op extends {
    parameters: {
        path: infer P;
    };
} ? [P] extends [never | undefined] ? Record<string, never> : P : Record<string, never>;
/** The declared query parameters of an operation. */
export type QueryParams<Op> = Op extends {
    parameters: {
        query?: infer Q;
    };
} ? [Q] extends [never | undefined] ? Record<string, never> : NonNullable<Q> : Record<string, never>;
type Responses<Op> = Op extends {
    responses: infer R;
} ? R : never;
type BodyOf<R> = R extends {
    content: infer C;
} ? [C] extends [never | undefined] ? undefined : C[keyof C] : undefined;
type MediaOf<R> = R extends {
    content: infer C;
} ? [C] extends [never | undefined] ? never : keyof C & string : never;
/** One declared answer of an operation: its status with the body declared for it. */
export type TypedOutput<Op> = {
    [S in keyof Responses<Op> & number]: {
        readonly status: S;
        readonly body: BodyOf<Responses<Op>[S]>;
        readonly contentType?: MediaOf<Responses<Op>[S]>;
        readonly headers?: Readonly<Record<string, string>>;
    };
}[keyof Responses<Op> & number];
/** The success bodies (2xx) of an operation. */
export type SuccessBody<Op> = Extract<TypedOutput<Op>, {
    status: 200 | 201 | 202;
}>['body'];
export {};
