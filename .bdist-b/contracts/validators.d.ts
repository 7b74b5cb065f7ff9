import { type BundledSpec, type JsonObject } from './loader.js';
import type { OperationIndex } from './operation-index.js';
import { type Result } from './result.js';
import type { SystemName } from './systems.js';
import { type Violation } from './violations.js';
/** A request as the validator sees it: already parsed, not yet trusted. */
export interface RequestParts {
    readonly path: Readonly<Record<string, string>>;
    readonly query: Readonly<Record<string, unknown>>;
    /** Header names in any case; values as received. */
    readonly headers: Readonly<Record<string, unknown>>;
    /** Media type of the body without parameters (`application/json`), if a body was sent. */
    readonly contentType?: string;
    /** `undefined` when no body was sent. */
    readonly body?: unknown;
}
/** A request after validation: parameters coerced to their declared types, defaults applied. */
export interface ValidatedRequest {
    readonly path: Record<string, unknown>;
    readonly query: Record<string, unknown>;
    readonly headers: Record<string, unknown>;
    readonly body: unknown;
}
/** Why a request failed validation. */
export type RequestRejection = {
    readonly kind: 'invalid';
    readonly violations: readonly Violation[];
} | {
    readonly kind: 'unsupported-media-type';
    readonly supported: readonly string[];
};
/** Validators compiled once, keyed by `operationId`. */
export interface ValidatorRegistry {
    validateRequest(operationId: string, parts: RequestParts): Result<ValidatedRequest, RequestRejection>;
    /** Validates only a request body (as `lienthong contracts validate` does). */
    validateRequestBody(operationId: string, contentType: string, body: unknown): readonly Violation[];
    validateResponse(operationId: string, status: number, contentType: string | undefined, body: unknown): Result<void, readonly Violation[]>;
    /** Validates any value against a schema of a system (examples, scenario expectations). */
    validateValue(system: SystemName, schema: JsonObject, value: unknown): readonly Violation[];
    /** Compiles a schema of a system once into a reusable check (for hot paths). */
    compileValue(system: SystemName, schema: JsonObject): (value: unknown) => readonly Violation[];
    /** How many distinct validators were compiled. */
    readonly compiledCount: number;
}
/** A schema in `specs/` that ajv refuses in strict mode: a bug, so it is thrown with the place. */
export declare class SchemaCompileError extends Error {
    readonly name = "SchemaCompileError";
}
/** The `$id` under which a system's component schemas are registered with ajv. */
export declare function specSchemaId(system: SystemName): string;
/**
 * Compiles each operation's parameter, body and response validators with ajv 8 (JSON Schema
 * 2020-12, strict mode, formats) on its first use, once. Bodies are validated as sent; parameters are coerced from their
 * string form to the declared types (so `?soLuong=20` becomes a number) by a second instance.
 * @see STYLE.md rule 3
 */
export declare function createValidatorRegistry(specs: readonly BundledSpec[], index: OperationIndex): ValidatorRegistry;
