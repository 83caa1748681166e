/**
 * The yearly archive of protected cases. Every protected case and action has its own permissions,
 * and SharePoint allows a list 50,000 unique scopes (far fewer recommended), so a case closed more
 * than a year ago moves to a list of the year it was closed in. Which cases are due, and where to,
 * is decided here; the Trygg function does the move (functions/protectedCases/ProtectedCaseArchive.ts).
 */
import { addMonths, utcDay } from '../days';
import { formatCaseNumber, ICaseNumberParts } from './caseNumber';
import { monthKey } from './months';
import { IDeviation } from './types';
import { isOpen } from './workflow';

/** How long a closed case stays in the live list, where its handler and reporter find it in their views. */
export const ARCHIVE_AFTER_MONTHS = 12;

/**
 * Cases closed before this instant are due: the start of today's date one year back (UTC), so a
 * case closed on 30 November 2025 is due from 1 December 2026, whatever the hour it was closed.
 */
export function archiveCutoff(now: Date): string {
  return new Date(addMonths(utcDay(now), -ARCHIVE_AFTER_MONTHS)).toISOString();
}

/** The year a case was closed, in Swedish time (as the statistics count months): its archive's year. */
export function archiveYear(closedAt: string): number {
  return Number(monthKey(closedAt).slice(0, 4));
}

/**
 * The year's archive a case moves to now, or undefined when it stays: it is open, or closed less
 * than a year ago, or has no closing day (a case nobody can date is never moved by guess).
 */
export function archiveTarget(deviation: Pick<IDeviation, 'status' | 'closedAt'>, now: Date): number | undefined {
  if (isOpen(deviation.status) || !deviation.closedAt) return undefined;
  const closed = Date.parse(deviation.closedAt);
  if (isNaN(closed) || closed >= Date.parse(archiveCutoff(now))) return undefined;
  return archiveYear(deviation.closedAt);
}

/**
 * The archive years a protected case number may be found in: from the year it was reported (a case
 * is closed after it is reported, and Swedish time is never behind UTC) to this year. Empty for a
 * number from the future.
 */
export function archiveYearsFor(parts: Pick<ICaseNumberParts, 'year'>, now: Date): number[] {
  const years: number[] = [];
  for (let year = parts.year; year <= archiveYear(now.toISOString()); year += 1) years.push(year);
  return years;
}

/** An archived case keeps the number it had in the live list: the original item id, not its id in the archive. */
export function archivedCaseNumber(originalId: number, reportedAt: string): string {
  return formatCaseNumber(originalId, reportedAt, 'protected');
}
