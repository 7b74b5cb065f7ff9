import { type TargetClient } from './http.js';
/** How the stand-in province behaves. */
export type ProvinceBehaviour = 'correct' | 'silent' | 'invalid';
/** A running stand-in province. */
export interface ProvinceStub {
    readonly url: string;
    /** The sandbox its calls back go to (known once the sandbox exists). */
    bind(sandboxId: string): void;
    /** Resolves when the work started by pushes so far is done. */
    idle(): Promise<void>;
    close(): Promise<void>;
}
/** Who the province's calls back are made as. */
export interface ProvinceCaller {
    readonly client: TargetClient;
    readonly clientId: string;
    readonly officer: string;
}
/** Starts a stand-in province on 127.0.0.1 (a free port). */
export declare function startProvinceStub(behaviour: ProvinceBehaviour, caller: ProvinceCaller): Promise<ProvinceStub>;
