import type { ErrorObject } from 'ajv';
/** Validates `data` against one alternative of a `oneOf`/`anyOf`, returning its errors. */
export type BranchValidator = (branch: object, data: unknown) => readonly ErrorObject[];
/**
 * When no alternative of a `oneOf`/`anyOf` matches, ajv reports the errors of every alternative.
 * A group-1 dossier with a bad date would then also be told it lacks every field of a group-2
 * dossier. This keeps only the errors of the alternative that came closest (fewest errors): each
 * alternative is validated on its own, and the errors that only the other alternatives produced
 * are dropped, along with the bare "must match one schema" error.
 *
 * Needs ajv's `verbose` errors (`schema`, `data`). Works whether or not references are inlined.
 */
export declare function narrowAlternatives(errors: readonly ErrorObject[], validateBranch: BranchValidator): ErrorObject[];
