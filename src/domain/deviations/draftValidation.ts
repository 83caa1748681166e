import { SECURITY_AREAS } from '../securityAreas';
import { checkChoice, checkPastInstant, checkText, FieldErrors } from '../validation';
import { IDeviationDraft } from './types';
import { DEVIATION_TYPES } from './vocabulary';

export type DraftField = 'title' | 'description' | 'occurredAt' | 'unitId' | 'location' | 'type' | 'area' | 'immediateActions';

export const DRAFT_LIMITS = {
  titleMax: 255,
  descriptionMin: 10,
  descriptionMax: 4000,
  locationMax: 255,
  immediateActionsMax: 2000,
  /** Events older than this are not deviations to report but history. */
  occurredMaxAgeDays: 365
} as const;

/** The checks a report must pass before it is sent; the same checks run again on the server side. */
export function validateDraft(draft: IDeviationDraft, now: Date): FieldErrors<DraftField> {
  const errors: FieldErrors<DraftField> = {
    title: checkText(draft.title, { max: DRAFT_LIMITS.titleMax }),
    description: checkText(draft.description, {
      required: true,
      min: DRAFT_LIMITS.descriptionMin,
      max: DRAFT_LIMITS.descriptionMax
    }),
    occurredAt: checkPastInstant(draft.occurredAt, now, DRAFT_LIMITS.occurredMaxAgeDays),
    unitId: draft.unitId === undefined ? 'required' : Number.isInteger(draft.unitId) && draft.unitId > 0 ? undefined : 'invalidNumber',
    location: checkText(draft.location, { max: DRAFT_LIMITS.locationMax }),
    type: checkChoice(draft.type, DEVIATION_TYPES),
    area: checkChoice(draft.area, SECURITY_AREAS),
    immediateActions: checkText(draft.immediateActions, { max: DRAFT_LIMITS.immediateActionsMax })
  };
  (Object.keys(errors) as DraftField[]).forEach((key) => errors[key] === undefined && delete errors[key]);
  return errors;
}

/**
 * The Title of every protected case. A headline may name a person or a crime, and SharePoint shows
 * Title where item permissions do not reach (lookups from actions, recycle bin, audit logs), so a
 * protected case keeps its headline in a Note field instead (Headline), which lookups cannot show.
 */
export const PROTECTED_CASE_TITLE = 'Skyddat ärende';

/** Reporters need not write a headline: the first line of the description serves. */
export function titleFor(draft: Pick<IDeviationDraft, 'title' | 'description'>): string {
  const given = (draft.title || '').trim();
  if (given) return given;
  const firstLine = draft.description.trim().split(/\r?\n/)[0].trim();
  return firstLine.length <= 80 ? firstLine : `${firstLine.slice(0, 79).trimEnd()}…`;
}
