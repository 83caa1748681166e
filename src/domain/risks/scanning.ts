/**
 * Omvärldsbevakning (environmental scanning): what the security function notes from outside —
 * an authority's warning, a CERT-SE advisory, an incident elsewhere — with the areas and units it
 * concerns. Managers raise new risks from an entry or update theirs; the risk keeps the link.
 */
import { SecurityArea, SECURITY_AREAS } from '../securityAreas';
import { calendarDay, utcDay } from '../days';
import { checkLimitedText, FieldError } from '../validation';

export interface IScanningEntry {
  readonly id: number;
  readonly etag: string;
  readonly title: string;
  readonly source: string;
  readonly sourceUrl?: string;
  /** The day it was observed (midnight UTC). */
  readonly observedOn: string;
  readonly summary: string;
  readonly areas: readonly SecurityArea[];
  /** None: the whole region. */
  readonly unitIds: readonly number[];
  readonly recordedBy?: { readonly displayName: string; readonly email: string };
  readonly created: string;
}

/** What the security function writes. */
export interface IScanningDraft {
  readonly title: string;
  readonly source: string;
  readonly sourceUrl?: string;
  /** `YYYY-MM-DD`. */
  readonly observedOn: string;
  readonly summary: string;
  readonly areas: readonly SecurityArea[];
  readonly unitIds: readonly number[];
}

export const SCANNING_LIMITS = { title: 255, source: 255, sourceUrl: 255, summary: 4000 } as const;

export type ScanningField = keyof IScanningDraft;
export type ScanningError = FieldError | 'invalidUrl' | 'unknownUnit';
export type ScanningErrors = Partial<Record<ScanningField, ScanningError>>;

/** Only web links: a `javascript:` or `file:` link in a list would run or open something on a click. */
const WEB_LINK = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+[^\s]*$/i;

export function validateScanningDraft(draft: IScanningDraft, now: Date, unitIds: readonly number[]): ScanningErrors {
  const errors: ScanningErrors = {};
  const set = (field: ScanningField, error: ScanningError | undefined): void => {
    if (error) errors[field] = error;
  };
  set('title', checkLimitedText(draft.title, { required: true, max: SCANNING_LIMITS.title }));
  set('source', checkLimitedText(draft.source, { required: true, max: SCANNING_LIMITS.source }));
  set('summary', checkLimitedText(draft.summary, { required: true, max: SCANNING_LIMITS.summary }));
  const url = (draft.sourceUrl || '').trim();
  if (draft.sourceUrl !== undefined && draft.sourceUrl !== '' && url === '') set('sourceUrl', 'required');
  else if (url.length > SCANNING_LIMITS.sourceUrl) set('sourceUrl', 'tooLong');
  else if (url && !WEB_LINK.test(url)) set('sourceUrl', 'invalidUrl');
  const day = calendarDay(draft.observedOn);
  if (!draft.observedOn) set('observedOn', 'required');
  else if (day === undefined || !/^\d{4}-\d{2}-\d{2}/.test(draft.observedOn)) set('observedOn', 'invalidDate');
  else if (day > utcDay(now)) set('observedOn', 'inFuture');
  if (draft.areas.length === 0) set('areas', 'required');
  else if (draft.areas.some((area) => SECURITY_AREAS.indexOf(area) < 0)) set('areas', 'invalidChoice');
  if (draft.unitIds.some((id) => unitIds.indexOf(id) < 0)) set('unitIds', 'unknownUnit');
  return errors;
}

/** The entry's values as stored: text trimmed (never cut), the day at midnight UTC, areas and units once each. */
export function scanningValues(draft: IScanningDraft): IScanningDraft {
  const url = (draft.sourceUrl || '').trim();
  return {
    title: draft.title.trim(),
    source: draft.source.trim(),
    sourceUrl: url || undefined,
    observedOn: `${draft.observedOn.slice(0, 10)}T00:00:00.000Z`,
    summary: draft.summary.trim(),
    areas: SECURITY_AREAS.filter((area) => draft.areas.indexOf(area) >= 0),
    unitIds: draft.unitIds.filter((id, index) => draft.unitIds.indexOf(id) === index)
  };
}

/** Whether an entry concerns a unit (or its part of the region): no units named means everyone. */
export function concernsUnits(entry: Pick<IScanningEntry, 'unitIds'>, unitIds: readonly number[]): boolean {
  return entry.unitIds.length === 0 || entry.unitIds.some((id) => unitIds.indexOf(id) >= 0);
}
