import type { MockContext } from '../../mocks/kit/context.js';
import type { Preference } from '../../mocks/kit/prefer.js';
import { type DossierWriter } from './dossiers.js';
import type { LegOutcome } from './legs/adapter.js';
import type { DossierRecord, LegCode, Reason, StoredEvent } from './model.js';
import type { Orchestrator } from './orchestrator.js';
import type { ProvincePort } from './province.js';
/** The `Prefer` a submission passes on to the simulated province (it forces the civil outcome). */
export declare function forwardedPrefer(prefer: Preference): string | undefined;
/** A report of the province, as `lienthongReportLegResult` receives it. */
export type LegReport = {
    readonly ketQua: 'HOAN_THANH';
    readonly maDangKy: string;
    readonly soDinhDanh?: string;
    readonly giayTo: Extract<LegOutcome, {
        kind: 'done';
    }>['documents'];
} | {
    readonly ketQua: 'YEU_CAU_BO_SUNG';
    readonly maDangKy?: string;
    readonly lyDo: readonly Reason[];
    readonly noiDungBoSung: string;
} | {
    readonly ketQua: 'TU_CHOI';
    readonly maDangKy?: string;
    readonly lyDo: readonly Reason[];
};
/** What a report means for the leg. */
export declare function outcomeOfReport(report: LegReport): LegOutcome;
/** Builds the anchor flows over an orchestrator. */
export declare function createAnchorFlows(deps: {
    readonly writer: DossierWriter;
    readonly orchestrator: Orchestrator;
    readonly province: ProvincePort;
}): {
    start: (ctx: MockContext, id: string, prefer?: string) => Promise<void>;
    pushSupplement: (ctx: MockContext, d: DossierRecord, ma: LegCode, boSung: unknown, key: string) => Promise<void>;
    pushWithdrawal: (ctx: MockContext, d: DossierRecord, rut: unknown) => Promise<void>;
    notifyEvent: (ctx: MockContext, stored: StoredEvent) => Promise<void>;
};
/** The anchor flows. */
export type AnchorFlows = ReturnType<typeof createAnchorFlows>;
