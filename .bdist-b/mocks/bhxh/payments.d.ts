/**
 * Payments of granted benefits: one per one-time benefit, one per month for the monthly
 * survivor allowance (from `tuThang` to the current month), to the claim's bank account.
 * Pure planning here; the handler numbers and stores them as they fall due.
 * @see specs/bhxh.yaml bhxhGetClaimPayments, `PaymentRecord`
 */
import type { components } from '../../contracts/generated/bhxh.js';
import { type HolidayCalendar } from '../domain/calendar/index.js';
import type { StoredClaim, StoredPayment } from './state.js';
type Schemas = components['schemas'];
/** A payment before it has a number. */
export type PlannedPayment = Omit<StoredPayment, 'maChiTra'>;
/** Monthly allowances are paid on this day of the month (SANDBOX DEFAULT). */
export declare const MONTHLY_PAY_DAY = "10";
/** Payments leave at this time on their date (SANDBOX DEFAULT). */
export declare const PAY_TIME = "10:00";
/**
 * The payments due for a decided claim up to `today`: one-time benefits on the first working
 * day after the decision; monthly periods from `tuThang` to the current month, each on its pay
 * day (back months with the first payment). Empty while undecided.
 * @see specs/bhxh.yaml bhxhGetClaimPayments
 */
export declare function plannedPayments(stored: StoredClaim, today: string, calendar: HolidayCalendar): PlannedPayment[];
/**
 * A stored payment as the wire shows it at `now`: paid at {@link PAY_TIME} on its date once that
 * instant has passed, pending before; failed when the account holder is not the payee.
 * @see specs/bhxh.yaml `PaymentRecord`
 */
export declare function toPaymentRecord(payment: StoredPayment, account: Schemas['BankAccount'], now: Date): Schemas['PaymentRecord'];
export {};
