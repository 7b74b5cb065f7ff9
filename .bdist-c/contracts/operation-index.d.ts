import { type BundledSpec, type Json, type JsonObject } from './loader.js';
import type { SystemName } from './systems.js';
/** HTTP methods an OpenAPI path item can hold. */
export declare const HTTP_METHODS: readonly ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
/** One of {@link HTTP_METHODS}. */
export type HttpMethod = (typeof HTTP_METHODS)[number];
/** Where a parameter travels. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';
/** A declared parameter, with `$ref`s followed. */
export interface ParameterSpec {
    readonly name: string;
    readonly in: ParameterLocation;
    readonly required: boolean;
    readonly schema: JsonObject;
    readonly example?: Json;
}
/** A body (request or response) per media type; the schema is still the bundled, `$ref`-bearing one. */
export interface BodySpec {
    readonly required: boolean;
    readonly content: Readonly<Record<string, MediaTypeSpec>>;
}
/** A media type of a body with its schema and examples. */
export interface MediaTypeSpec {
    readonly schema?: JsonObject;
    readonly examples: readonly Json[];
}
/** Everything the gateway, mocks, scenarios and verifier need to know about one operation. */
export interface OperationSpec {
    readonly operationId: string;
    readonly system: SystemName;
    /** `route` for paths the gateway serves; `webhook` for callbacks the hub sends. */
    readonly kind: 'route' | 'webhook';
    readonly method: HttpMethod;
    /** Path template (`/hotich/v1/khai-sinh/{maDangKy}`); the webhook name for webhooks. */
    readonly path: string;
    readonly summary: string;
    /** Scopes of the first security requirement; empty for public operations. */
    readonly scopes: readonly string[];
    readonly isPublic: boolean;
    readonly parameters: readonly ParameterSpec[];
    readonly requestBody?: BodySpec;
    /** Keyed by status code (`'200'`, `'4XX'`, `'default'`). */
    readonly responses: Readonly<Record<string, BodySpec>>;
}
/** The result of matching a request line against the index. */
export type RouteMatch = {
    readonly kind: 'found';
    readonly operation: OperationSpec;
    readonly params: Record<string, string>;
} | {
    readonly kind: 'not-found';
} | {
    readonly kind: 'method-not-allowed';
    readonly allowed: readonly string[];
};
/** All operations of all specs, keyed by `operationId`, plus a router from method + path. */
export interface OperationIndex {
    readonly operations: ReadonlyMap<string, OperationSpec>;
    readonly bySystem: ReadonlyMap<SystemName, readonly OperationSpec[]>;
    match(method: string, path: string): RouteMatch;
}
/** An operation id appears twice: a bug in `specs/`, so it is thrown. */
export declare class DuplicateOperationError extends Error {
    readonly name = "DuplicateOperationError";
}
/**
 * Builds the operation index from bundled specs. Webhooks are indexed (so their payloads can be
 * validated) but never routed.
 * @see DESIGN.md §3 ("handlers are keyed by operationId")
 */
export declare function buildOperationIndex(specs: readonly BundledSpec[]): OperationIndex;
