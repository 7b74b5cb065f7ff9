import { type MockContext } from '../kit/index.js';
import { type LegReport, type ProgressStep } from './mapping.js';
import { type DossierRecord } from './state.js';
/** The account the province's automatic calls carry (the hub sends no officer header). */
export declare const SYSTEM_ACCOUNT = "hethong.tinh";
/**
 * Records a push the hub made to the province (dossier, supplement, withdrawal, event) with the
 * status the province answered.
 */
export declare function logIncoming(ctx: MockContext, maHoSo: string, operationId: string, status: number, body?: unknown): Promise<void>;
/**
 * Reports one processing step with `lienthongUpdateProgress` (best effort: recorded, not retried).
 * @see DOMAIN.md §7 (CapNhatTienDoHoSoMC); specs/tinh.yaml item 4
 */
export declare function sendProgress(ctx: MockContext, record: DossierRecord, step: ProgressStep): Promise<void>;
/**
 * Reports the civil-status outcome with `lienthongReportLegResult`. Older reports of the dossier
 * still pending are superseded; the leg is `daBaoCao` once the hub acknowledges this one.
 * @see specs/lienthong.yaml `lienthongReportLegResult`; {@link REPORT_RETRY}
 */
export declare function sendReport(ctx: MockContext, record: DossierRecord, report: LegReport): Promise<void>;
/**
 * Sends the pending reports of a dossier again (on a push or an event from the hub).
 * @see REPORT_RETRY
 */
export declare function retryPending(ctx: MockContext, maHoSo: string): Promise<void>;
