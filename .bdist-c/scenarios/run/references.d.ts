import type { Json } from '../model.js';
/** What `${...}` references resolve against: saved values, people, the sandbox. */
export interface Variables {
    readonly saved: Readonly<Record<string, Json>>;
    /** People name → the generated citizen's profile (`CitizenProfile`). */
    readonly people: Readonly<Record<string, Json>>;
    readonly sandbox: {
        readonly id: string;
    };
    /** The target's base URL (`${target}`). */
    readonly target?: string;
}
/** A reference that names nothing: the step cannot run as written. */
export declare class UnresolvedReferenceError extends Error {
    readonly reference: string;
    readonly name = "UnresolvedReferenceError";
    constructor(reference: string);
}
/**
 * Replaces `${name}`, `${people.mother.soDinhDanh}`, `${people.mother.population.hoTen}` and
 * `${sandbox.id}` everywhere in a value. A string that is only a reference keeps the referenced
 * value's type; references inside a longer string are written as text.
 * @see scenarios/README.md "Steps"
 */
export declare function resolve<T extends Json | undefined>(value: T, variables: Variables): T;
/** A reference-bearing string that must come out as text (a header, a dossier code). */
export declare function resolveText(value: string, variables: Variables): string;
/** The value at a JSON pointer (RFC 6901), `undefined` when absent. */
export declare function atPointer(value: Json | undefined, pointer: string): Json | undefined;
