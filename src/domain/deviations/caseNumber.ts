/**
 * Case numbers like AVV-2026-00042: the year the case was reported and the SharePoint item id.
 * Derived, not stored, so a report needs no second write and numbers never collide.
 */
const PREFIX = 'AVV';
const CASE_NUMBER = /^\s*AVV-(\d{4})-(\d{1,9})\s*$/i;

export function formatCaseNumber(itemId: number, reportedAt: string): string {
  const year = new Date(reportedAt).getUTCFullYear();
  return `${PREFIX}-${year}-${String(itemId).padStart(5, '0')}`;
}

export interface ICaseNumberParts {
  readonly year: number;
  readonly itemId: number;
}

/** The parts of a case number typed by a person, or undefined when it is not one. */
export function parseCaseNumber(text: string): ICaseNumberParts | undefined {
  const match = CASE_NUMBER.exec(text);
  if (!match) return undefined;
  const itemId = Number(match[2]);
  return itemId > 0 ? { year: Number(match[1]), itemId } : undefined;
}
