/**
 * Time helpers for the seed. Events happen on Swedish local time (CET/CEST) but are stored as
 * UTC ISO strings, as SharePoint returns them.
 */

// Globals bound once: under jest's vm sandbox every global lookup (Math.floor …) is slow, and the
// scale generator makes millions of them.
const { floor } = Math;

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const dayPrefixes = new Map<number, string>();
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => (i < 10 ? '0' : '') + i);
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/**
 * toISOString, with the date part cached per day: the scale generator formats hundreds of
 * thousands of instants. join() makes one flat string (concatenation keeps a tree of pieces).
 */
export function iso(ms: number): string {
  const day = floor(ms / DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const inDay = ms - day * DAY;
  return [
    prefix,
    TWO_DIGITS[floor(inDay / HOUR)],
    ':',
    TWO_DIGITS[floor((inDay % HOUR) / MINUTE)],
    ':',
    TWO_DIGITS[floor((inDay % MINUTE) / 1000)],
    '.',
    THREE_DIGITS[floor(inDay % 1000)],
    'Z'
  ].join('');
}

/** Last Sunday of a month (0-based month), as a UTC day number. */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
}

interface ISummerTime {
  readonly yearStart: number;
  readonly yearEnd: number;
  readonly start: number;
  readonly end: number;
}
const summerTimes: ISummerTime[] = [];

function summerTimeOf(utcMs: number): ISummerTime {
  for (const st of summerTimes) if (utcMs >= st.yearStart && utcMs < st.yearEnd) return st;
  const year = new Date(utcMs).getUTCFullYear();
  const st = {
    yearStart: Date.UTC(year, 0, 1),
    yearEnd: Date.UTC(year + 1, 0, 1),
    start: lastSundayUtc(year, 2) + HOUR,
    end: lastSundayUtc(year, 9) + HOUR
  };
  summerTimes.push(st);
  return st;
}

/** Sweden's UTC offset in hours at an instant: 2 in summer time (EU rule: 01:00 UTC last Sundays of March/October). */
export function stockholmOffsetHours(utcMs: number): number {
  const st = summerTimeOf(utcMs);
  return utcMs >= st.start && utcMs < st.end ? 2 : 1;
}

/** The UTC instant of a Swedish local wall-clock time. */
export function fromStockholm(year: number, month: number, day: number, hour: number, minute: number): number {
  return fromLocalDay(floor(Date.UTC(year, month, day) / DAY), hour * 60 + minute);
}

/** The Swedish local calendar day (days since 1970-01-01) an instant falls on. */
export function localDayOf(utcMs: number): number {
  return floor((utcMs + stockholmOffsetHours(utcMs) * HOUR) / DAY);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(localDay: number): number {
  return (((localDay + 4) % 7) + 7) % 7;
}

export function isWeekday(localDay: number): boolean {
  const weekday = weekdayOf(localDay);
  return weekday >= 1 && weekday <= 5;
}

/** The UTC instant of a minute of a local day (the offset changes at night, never at the times used here). */
export function fromLocalDay(localDay: number, minuteOfDay: number): number {
  const naive = localDay * DAY + minuteOfDay * MINUTE;
  return naive - stockholmOffsetHours(naive - HOUR) * HOUR;
}

/** Local (Swedish) calendar parts of an instant. */
export function stockholmParts(utcMs: number): { year: number; month: number; day: number; hour: number; weekday: number } {
  const local = new Date(utcMs + stockholmOffsetHours(utcMs) * HOUR);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    weekday: local.getUTCDay()
  };
}

/**
 * Moves an instant forward into office hours (weekdays 08:00–16:00 local time): handlers work
 * office hours, reporters do not. `minuteOfDay` varies the time of the moved instant (07:30–15:29).
 * Plain arithmetic, no Date objects: the scale generator calls it hundreds of thousands of times.
 */
export function intoOfficeHours(utcMs: number, minuteOfDay: number): number {
  const local = utcMs + stockholmOffsetHours(utcMs) * HOUR;
  let day = floor(local / DAY);
  const hour = floor((local - day * DAY) / HOUR);
  if (isWeekday(day) && hour >= 8 && hour < 16) return utcMs;
  if (local >= day * DAY + 7.5 * HOUR) day++;
  while (!isWeekday(day)) day++;
  return fromLocalDay(day, 7 * 60 + 30 + (minuteOfDay % 480));
}

/** Midnight UTC of the day an instant falls on (how due dates are stored). */
export function utcMidnight(utcMs: number): number {
  return floor(utcMs / DAY) * DAY;
}

/** Rounds down to a whole minute, as people enter times. */
export function floorMinute(utcMs: number): number {
  return floor(utcMs / MINUTE) * MINUTE;
}
