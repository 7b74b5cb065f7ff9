import type { SystemName } from './systems.js';
/** A JSON value as parsed from YAML. */
export type Json = null | boolean | number | string | Json[] | {
    [key: string]: Json;
};
/** A JSON object. */
export type JsonObject = {
    [key: string]: Json;
};
/** An OpenAPI 3.1 document after bundling: every `$ref` is local (`#/components/...`). */
export interface BundledSpec {
    readonly system: SystemName;
    readonly file: string;
    readonly document: JsonObject;
}
/** A spec refers to something the bundler cannot inline: a bug in `specs/`, so it is thrown. */
export declare class ContractBundleError extends Error {
    readonly name = "ContractBundleError";
}
/**
 * Reads `specs/<system>.yaml` and inlines every external `$ref` (`./common.yaml#/components/...`,
 * `./lienthong.yaml#/components/...`) into the document's own `components`, transitively, so the
 * result is self-contained. Two different components with the same kind and name are an error:
 * a spec must not shadow a shared schema.
 * @see docs/contracts-guide.md rule 10
 */
export declare function bundleSpec(system: SystemName, dir?: string, cache?: SpecFileCache): BundledSpec;
/**
 * Parsed YAML files by path. Pass one cache to several {@link bundleSpec} calls so a file that
 * many specs reference (`common.yaml`) is read and parsed once. Cached documents are never mutated.
 */
export type SpecFileCache = Map<string, JsonObject>;
/** True for a JSON object (not an array, not null). */
export declare function isObject(value: unknown): value is JsonObject;
/** Decodes one JSON-pointer token (`~1` → `/`, `~0` → `~`). */
export declare function decodePointerToken(token: string): string;
/** Encodes one JSON-pointer token. */
export declare function encodePointerToken(token: string): string;
/** Resolves a local `#/a/b` reference inside a bundled document. */
export declare function resolvePointer(document: JsonObject, ref: string): Json | undefined;
/** Follows `$ref` chains of a component (parameter, response, request body…) to the real object. */
export declare function deref(document: JsonObject, node: Json | undefined): JsonObject | undefined;
