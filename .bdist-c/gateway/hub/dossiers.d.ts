import type { MockContext } from '../../mocks/kit/context.js';
import type { DossierRecord, EventType, LegCode, LinkedDossier, StoredEvent } from './model.js';
/** An event a change raises, before it is numbered. */
export interface EventDraft {
    readonly type: EventType;
    readonly leg?: LegCode;
    readonly data: Readonly<Record<string, unknown>>;
}
/** The result of a change: the new record and the events it raises. */
export interface Change {
    readonly dossier: DossierRecord;
    readonly events?: readonly EventDraft[];
}
/**
 * Told about every stored event. A `recorder` runs inside the change, in order, and must not call
 * other systems (the outbox queues a delivery); a `notifier` runs once the change is stored and
 * may call other systems (the province), which may change the dossier again.
 */
export interface EventListeners {
    readonly recorders: readonly ((ctx: MockContext, stored: StoredEvent) => Promise<void>)[];
    readonly notifiers: readonly ((ctx: MockContext, stored: StoredEvent) => Promise<void>)[];
}
/** The dossier as the wire shows it, with its aggregate status derived from the legs. */
export declare function viewOf(dossier: DossierRecord): LinkedDossier;
/** The national-portal status the record's facts give. */
export declare function statusOf(dossier: DossierRecord): LinkedDossier['trangThai'];
/** Re-derives the aggregate status (3 stays 3: a dossier refused at intake never moves). */
export declare function withStatus(dossier: DossierRecord, at: Date): DossierRecord;
/**
 * Serialises the changes of each dossier of a sandbox: `change` runs its step on the latest
 * record, stores it and the events, and only then lets the next change of that dossier read it.
 * Steps never call other systems, so a change never waits on the network.
 */
export declare function createDossierWriter(listeners: EventListeners): {
    /**
     * Applies `step` to the dossier `id` of the sandbox, after every earlier change of it.
     * `step` returns `undefined` to change nothing. Resolves to the stored record.
     */
    change(ctx: MockContext, id: string, step: (current: DossierRecord, now: Date) => Change | undefined): Promise<DossierRecord | undefined>;
};
/** A dossier writer. */
export type DossierWriter = ReturnType<typeof createDossierWriter>;
/** A copy of `value` without the members `keys`. */
export declare function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K>;
