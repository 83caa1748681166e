/** Calendar months as follow-up counts them: 'YYYY-MM' in Swedish time. */

/** Months are counted in Swedish time: a case reported at 00:30 on 1 March belongs to March. */
export const STATISTICS_TIME_ZONE = 'Europe/Stockholm';

const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: STATISTICS_TIME_ZONE, year: 'numeric', month: '2-digit' });

/** 'YYYY-MM' of an instant, in Swedish time. */
export function monthKey(iso: string): string {
  const parts = monthFormat.formatToParts(new Date(iso));
  const part = (type: string): string => (parts.filter((p) => p.type === type)[0] || { value: '' }).value;
  return `${part('year')}-${part('month')}`;
}

/** Every month from `from` to `to` inclusive ('YYYY-MM'); empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  const months: string[] = [];
  for (let year = fromYear, month = fromMonth; year < toYear || (year === toYear && month <= toMonth); ) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The month `count - 1` months before `month`, so that [result, month] spans `count` months. */
export function monthsBack(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) - (count - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

