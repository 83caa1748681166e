import * as strings from 'TryggComponentStrings';

/** Dates are shown in Swedish time whatever the device says: the region works in one time zone. */
const TIME_ZONE = 'Europe/Stockholm';

function valid(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return isNaN(time) ? undefined : new Date(time);
}

/** "24 nov. 2026" in Swedish, "24 Nov 2026" in English; empty for a missing or bad date. */
export function formatDate(iso: string | undefined): string {
  const date = valid(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(strings.DateLocale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: TIME_ZONE }).format(date);
}

export function formatDateTime(iso: string | undefined): string {
  const date = valid(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(strings.DateLocale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(date);
}

export function formatNumber(value: number, maximumFractionDigits: number = 0): string {
  return new Intl.NumberFormat(strings.DateLocale, { maximumFractionDigits }).format(value);
}
