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
export {};
