import type { Contracts } from '../../contracts/contracts.js';
import type { TimelineEntry } from '../model.js';
import type { TargetClient } from './http.js';
/**
 * Each dossier's calls across systems, in journal order, read from the sandbox's hash-chained
 * journal (the hub's calls to every agency included). Entries of a leg (`…-KS`) belong to their
 * dossier. A journal that cannot be read gives empty timelines, never a failure.
 * @see docs/decisions/0008-scenarios.md §6; specs/sandbox.yaml `sandboxQueryJournal`
 */
export declare function readTimelines(client: TargetClient, contracts: Contracts, sandboxId: string, dossiers: ReadonlySet<string>): Promise<{
    maHoSo: string;
    timeline: TimelineEntry[];
}[]>;
