import type { Exchange, FormRequest, Json } from '../model.js';
type Obj = Record<string, Json>;
/** Reads what a form needs over HTTP: citizens' profiles and the birth certificate. */
export interface FormSources {
    /** The profile of a citizen of the scenario's sandbox (`sandboxGetCitizen`). */
    citizen(soDinhDanh: string): Promise<Obj>;
    /** The medical birth certificate (`yteGetBirthCertificate`, purpose `KHAI_SINH`). */
    birthCertificate(code: string): Promise<Obj>;
    /** Whether the citizen can file online: a level-2, active VNeID account (`vneidGetAccount`). */
    online(soDinhDanh: string): Promise<boolean>;
    /** The sandbox's date (`YYYY-MM-DD`). */
    readonly today: string;
}
/** A form that cannot be built from the people given (the exchange that said so, if any). */
export declare class FormBuildError extends Error {
    readonly exchange?: Exchange | undefined;
    readonly name = "FormBuildError";
    constructor(message: string, exchange?: Exchange | undefined);
}
/**
 * Builds Mẫu số 01 (birth) or Mẫu số 02 (death) from generated people's profiles, then merges
 * `override` over it (JSON Merge Patch).
 * @see specs/lienthong.yaml `Group1Submission`, `Group2Submission`; docs/decisions/0008-scenarios.md §4
 */
export declare function buildForm(request: FormRequest, people: Readonly<Record<string, Json>>, sources: FormSources): Promise<Obj>;
/** JSON Merge Patch (RFC 7396): objects merge, `null` removes, anything else replaces. */
export declare function mergePatch(target: Json, patch: Json): Json;
export {};
