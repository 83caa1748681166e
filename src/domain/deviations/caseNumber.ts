/**
 * Case numbers like AVV-2026-00042: the year the case was reported and the SharePoint item id.
 * Derived, not stored, so a report needs no second write. Protected cases live in a list of their
 * own, with ids of their own, so they carry a prefix of their own (SKY-2026-00042) and never collide.
 */
import { CaseStore, ICaseRef } from './types';

const PREFIX: Readonly<Record<CaseStore, string>> = { open: 'AVV', protected: 'SKY' };
const CASE_NUMBER = /^\s*(AVV|SKY)-(\d{4})-(\d{1,9})\s*$/i;

export function formatCaseNumber(itemId: number, reportedAt: string, store: CaseStore = 'open'): string {
  const year = new Date(reportedAt).getUTCFullYear();
  return `${PREFIX[store]}-${year}-${String(itemId).padStart(5, '0')}`;
}

export interface ICaseNumberParts extends ICaseRef {
  readonly year: number;
  /** The same as id: the item id in the case's list. */
  readonly itemId: number;
}

/** The parts of a case number typed by a person, or undefined when it is not one. */
export function parseCaseNumber(text: string): ICaseNumberParts | undefined {
  const match = CASE_NUMBER.exec(text);
  if (!match) return undefined;
  const itemId = Number(match[3]);
  if (!(itemId > 0)) return undefined;
  const store: CaseStore = match[1].toUpperCase() === PREFIX.protected ? 'protected' : 'open';
  return { year: Number(match[2]), itemId, id: itemId, store };
}
