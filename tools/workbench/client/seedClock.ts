/**
 * The page's clock on the emulator's: when the emulator runs on the seed's clock (Region Exempel's
 * "now", moving on in real time), the browser's `Date` keeps the same offset, so what the web parts
 * compute from today (overdue actions, this year's goals, a report's date) agrees with the data, as
 * a browser set to that day would. Imported first by the page's entry, before any module reads the time.
 */
import { PAGE_CONFIG_GLOBAL, IWorkbenchPageConfig } from './pageConfig';

function shiftClock(offset: number): void {
  const RealDate = Date;
  const now = (): number => RealDate.now() + offset;
  // A function, not a class: `Date()` without `new` must keep returning a string.
  function ShiftedDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(now()).toString();
    return args.length ? new (RealDate as unknown as new (...values: unknown[]) => Date)(...args) : new RealDate(now());
  }
  ShiftedDate.prototype = RealDate.prototype;
  Object.assign(ShiftedDate, { now, parse: RealDate.parse, UTC: RealDate.UTC });
  (window as unknown as { Date: unknown }).Date = ShiftedDate;
}

const config = (window as unknown as Record<string, IWorkbenchPageConfig | undefined>)[PAGE_CONFIG_GLOBAL];
if (config && config.now) {
  const offset = Date.parse(config.now) - Date.now();
  if (Math.abs(offset) > 1000) shiftClock(offset);
}
