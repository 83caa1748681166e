/**
 * What the PDSA seed builders share: the organisation's lookups and day arithmetic relative to the
 * seed's reference time.
 */
import { ISeedItem } from './types';

/** How the PDSA seed finds the organisation. */
export interface IPdsaSeedContext {
  readonly referenceTime: string;
  readonly units: readonly ISeedItem[];
}

/** What the builders share: unit lookups and day arithmetic relative to the reference time. */
export interface IPdsaUnits {
  /** Midnight UTC of the reference day. */
  readonly referenceDay: number;
  readonly referenceTime: string;
  unitIdOf(code: string): number;
  /** Who acts for the unit: its manager, or the substitute while the manager is absent. */
  actingManagerOf(code: string): string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC of a `YYYY-MM-DD` day, as SharePoint stores a date. */
export function dayIso(day: string): string {
  return `${day}T00:00:00.000Z`;
}

/** An instant `days` after a `YYYY-MM-DD` day at a time in office hours (`hour` UTC). */
export function instantAfter(day: string, days: number, hour = 9): string {
  return new Date(Date.parse(dayIso(day)) + days * DAY_MS + hour * 60 * 60 * 1000).toISOString();
}

/** `YYYY-MM-DD` `days` after a day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(dayIso(day)) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The earlier of an instant and the reference time: nothing seeded was written after it. */
export function notAfter(instant: string, units: IPdsaUnits): string {
  return instant > units.referenceTime ? units.referenceTime : instant;
}

export function pdsaUnits(context: IPdsaSeedContext): IPdsaUnits {
  const unit = (code: string): ISeedItem => {
    const found = context.units.filter((item) => item.values.UnitCode === code)[0];
    if (!found) throw new Error(`The PDSA seed names an unknown unit ${code}`);
    return found;
  };
  return {
    referenceDay: Math.floor(Date.parse(context.referenceTime) / DAY_MS) * DAY_MS,
    referenceTime: context.referenceTime,
    unitIdOf: (code) => unit(code).Id,
    actingManagerOf: (code) => {
      const values = unit(code).values;
      return String(values.ManagerAbsent && values.Substitute ? values.Substitute : values.UnitManager);
    }
  };
}

