import { type Contracts } from '../../contracts/contracts.js';
/** Where the scenarios run: a base URL, and how to stop it if the runner started it. */
export interface Target {
    readonly baseUrl: string;
    /** `in-process` or the `--target` URL, as reports name it. */
    readonly label: string;
    close(): Promise<void>;
}
/**
 * Population of the in-process gateway's sandboxes. Scenarios generate their own people
 * (`sandboxGenerateCitizen`), so a small seed keeps every throwaway sandbox cheap to create.
 */
export declare const IN_PROCESS_POPULATION = 200;
/** The contracts of `specs/`, loaded once per process (immutable). */
export declare function runnerContracts(): Contracts;
export declare function startInProcessTarget(): Promise<Target>;
/** A deployed sandbox at `url` (nothing to stop). */
export declare function remoteTarget(url: string): Target;
