/**
 * Calendar days, shared by the risk register and governing documents. Dates are stored as midnight
 * UTC of the day (like action due dates), so a day is compared as a UTC day; a date typed as
 * `YYYY-MM-DD` or an ISO instant counts by its date part.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

/** Midnight UTC of the date's day, or undefined when it is not a real calendar date (30 February). */
export function calendarDay(value: string | undefined): number | undefined {
  const match = DATE_PREFIX.exec(value || '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime();
}

/** Midnight UTC of the instant's day. */
export function utcDay(at: Date): number {
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
}

/** `YYYY-MM-DD` of a day. */
export function dayString(dayMs: number): string {
  return new Date(dayMs).toISOString().slice(0, 10);
}

/** The same day `months` later; the end of a shorter month where the day does not exist (31 Jan + 1 → 28/29 Feb). */
export function addMonths(dayMs: number, months: number): number {
  const date = new Date(dayMs);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay));
}

/** Whole days from `from` to `to` (both midnight UTC); negative when `to` is earlier. */
export function daysBetween(from: number, to: number): number {
  return Math.round((to - from) / DAY_MS);
}
