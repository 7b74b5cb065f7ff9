/**
 * Day arithmetic for the generator: civil dates as day numbers (days since 1970-01-01, UTC
 * fields only, so the machine's time zone never matters) and back to `yyyy-MM-dd` strings,
 * interned so that a million people share a few tens of thousands of date strings.
 */

const DAY_MS = 86_400_000;

/**
 * The day number of a `yyyy-MM-dd` date (no validation: callers pass checked dates).
 * @see https://tc39.es/ecma262/#sec-date.utc
 */
export function toDay(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/**
 * The calendar year of a day number.
 * @see toDay
 */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/**
 * The day number `years` calendar years after `day` (29 February falls back to 28 February).
 * @see toDay
 */
export function addYears(day: number, years: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear() + years;
  const month = date.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS);
}

/**
 * Age in completed years on a date, from `yyyy-MM-dd` strings (a birthday on 29 February is
 * reached on 1 March in common years).
 * @see Bộ luật Dân sự 91/2015/QH13 Art. 147–148 (periods in years)
 */
export function ageOn(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Days from `from` to `to` (`yyyy-MM-dd`), negative when `to` is earlier.
 * @see toDay
 */
export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/**
 * Formats day numbers and month indexes, each distinct value built once and then shared.
 * @see toDay
 */
export class DateStrings {
  private readonly days = new Map<number, string>();
  private readonly months = new Map<number, string>();

  /** `yyyy-MM-dd` of a day number. */
  date(day: number): string {
    let text = this.days.get(day);
    if (text === undefined) {
      text = new Date(day * DAY_MS).toISOString().slice(0, 10);
      this.days.set(day, text);
    }
    return text;
  }

  /** `yyyy-MM` of a month index (`year * 12 + month - 1`). */
  month(index: number): string {
    let text = this.months.get(index);
    if (text === undefined) {
      const year = Math.floor(index / 12);
      text = `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
      this.months.set(index, text);
    }
    return text;
  }
}

/**
 * The month index (`year * 12 + month - 1`) of a day number.
 * @see DateStrings.month
 */
export function monthIndexOfDay(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}
