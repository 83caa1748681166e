import { IDeviationDraft } from '../../../../domain/deviations/types';
import { DraftField } from '../../../../domain/deviations/draftValidation';
import { DeviationType } from '../../../../domain/deviations/vocabulary';
import { SecurityArea } from '../../../../domain/securityAreas';

/** What the form holds while the reporter types: date and time as the device's date and time inputs give them. */
export interface IReportFormValues {
  readonly description: string;
  /** yyyy-mm-dd in the device's time zone. */
  readonly date: string;
  /** hh:mm in the device's time zone. */
  readonly time: string;
  readonly unitId?: number;
  readonly location: string;
  readonly type?: DeviationType;
  readonly area?: SecurityArea;
  readonly immediateActions: string;
  readonly involvesPersonalData: boolean;
  readonly suspectedCrime: boolean;
}

/** The fields in the order they appear, so focus goes to the first one with an error. */
export const FIELD_ORDER: readonly DraftField[] = [
  'description',
  'occurredAt',
  'unitId',
  'location',
  'type',
  'area',
  'immediateActions',
  'title'
];

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function localDate(moment: Date): string {
  return `${moment.getFullYear()}-${twoDigits(moment.getMonth() + 1)}-${twoDigits(moment.getDate())}`;
}

export function localTime(moment: Date): string {
  return `${twoDigits(moment.getHours())}:${twoDigits(moment.getMinutes())}`;
}

/**
 * The instant of a local date and time, as ISO 8601. Empty when either is missing and not a date
 * at all when the date does not exist (31 April), so that validateDraft names the right problem.
 */
export function toInstant(date: string, time: string): string {
  if (!date || !time) return '';
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time);
  if (!d || !t) return 'invalid';
  const [year, month, day, hours, minutes] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  const moment = new Date(year, month - 1, day, hours, minutes);
  const rolledOver = moment.getFullYear() !== year || moment.getMonth() !== month - 1 || moment.getDate() !== day;
  if (rolledOver || hours > 23 || minutes > 59) return 'invalid';
  return moment.toISOString();
}

/** A new, empty report: it happened now, in the reporter's own unit. */
export function emptyValues(now: Date, ownUnitId: number | undefined): IReportFormValues {
  return {
    description: '',
    date: localDate(now),
    time: localTime(now),
    unitId: ownUnitId,
    location: '',
    immediateActions: '',
    involvesPersonalData: false,
    suspectedCrime: false
  };
}

function optionalText(value: string): string | undefined {
  return value.trim() ? value : undefined;
}

export function toDraft(values: IReportFormValues): IDeviationDraft {
  return {
    // The headline is derived from the description (titleFor): reporters write one text.
    title: '',
    description: values.description,
    occurredAt: toInstant(values.date, values.time),
    unitId: values.unitId,
    location: optionalText(values.location),
    type: values.type,
    area: values.area,
    immediateActions: optionalText(values.immediateActions),
    involvesPersonalData: values.involvesPersonalData,
    suspectedCrime: values.suspectedCrime
  };
}

/** A kept report back in the form, to be corrected. */
export function fromDraft(draft: IDeviationDraft): IReportFormValues {
  const occurred = new Date(draft.occurredAt);
  const valid = !isNaN(occurred.getTime());
  return {
    description: draft.description,
    date: valid ? localDate(occurred) : '',
    time: valid ? localTime(occurred) : '',
    unitId: draft.unitId,
    location: draft.location || '',
    type: draft.type,
    area: draft.area,
    immediateActions: draft.immediateActions || '',
    involvesPersonalData: draft.involvesPersonalData,
    suspectedCrime: draft.suspectedCrime
  };
}
