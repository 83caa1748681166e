import { SPFI } from '@pnp/sp';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { ANSWER_SCALE, AnswerValue, ISelfAssessmentAnswer, ISelfAssessmentInput } from '../../domain/pdsa/selfAssessment';
import { IAdded, ISelfAssessmentRepository, IStoredSelfAssessment } from '../../domain/pdsa/repositories';
import { SelfAssessmentStatus } from '../../domain/pdsa/vocabulary';
import { selfAssessmentsList } from '../../schema/pdsaLists';
import { ListItem, readBoolean, readJson, readNumber, readPerson, readString, WriteValue } from '../lists/listAccess';
import { odataNumber } from '../odata';
import { asRecord, PdsaListItems, storedMeta } from './PdsaListItems';

type Submitter = { readonly id: number; readonly at: string };

/** TryggSjalvskattningar, read by AssessmentYear and UnitId (both indexed). */
export class SelfAssessmentRepository implements ISelfAssessmentRepository {
  private readonly _items: PdsaListItems<IStoredSelfAssessment>;

  /** `reads`: shared with other services, so that reads asked in the same turn share a `$batch`. */
  constructor(sp: SPFI, reads?: SameTurnBatch) {
    this._items = new PdsaListItems(sp, selfAssessmentsList, toSelfAssessment, reads);
  }

  public forYear(year: number, unitIds?: readonly number[]): Promise<IStoredSelfAssessment[]> {
    const filter = `AssessmentYear eq ${odataNumber(year)}`;
    return unitIds ? this._items.whereIn('UnitId', unitIds, filter) : this._items.where(filter);
  }

  public get(id: number): Promise<IStoredSelfAssessment | undefined> {
    return this._items.get(id);
  }

  /** The assessment a save with this ClientRequestId added, if any (a retried start). */
  public byClientRequestId(clientRequestId: string): Promise<IStoredSelfAssessment | undefined> {
    return this._items.byClientRequestId(clientRequestId);
  }

  public add(input: ISelfAssessmentInput, clientRequestId: string, submitter?: Submitter): Promise<IAdded<IStoredSelfAssessment>> {
    return this._items.add(assessmentColumns(input, submitter), clientRequestId);
  }

  public update(id: number, etag: string, input: ISelfAssessmentInput, submitter?: Submitter): Promise<IStoredSelfAssessment> {
    return this._items.update(id, etag, assessmentColumns(input, submitter));
  }
}

function assessmentColumns(input: ISelfAssessmentInput, submitter: Submitter | undefined): Record<string, WriteValue> {
  return {
    UnitId: input.unitId,
    AssessmentYear: input.year,
    AssessmentStatus: input.status,
    Answers: JSON.stringify(storedAnswers(input.answers || {})),
    TargetedFollowUp: input.targetedFollowUp === true,
    TargetedFollowUpNote: input.targetedFollowUpNote && input.targetedFollowUpNote.trim() ? input.targetedFollowUpNote.trim() : null,
    // Only a submission names its submitter; a later save leaves them as they are.
    ...(submitter ? { SubmittedBy: submitter.id, SubmittedAt: submitter.at } : {})
  };
}

/** Only what was answered, trimmed; an empty answer is not stored. */
function storedAnswers(answers: Readonly<Record<string, ISelfAssessmentAnswer>>): Record<string, ISelfAssessmentAnswer> {
  const stored: Record<string, ISelfAssessmentAnswer> = {};
  for (const key of Object.keys(answers)) {
    const answer = answers[key];
    if (!answer) continue;
    const comment = answer.comment && answer.comment.trim() ? answer.comment.trim() : undefined;
    const evidenceUrl = answer.evidenceUrl && answer.evidenceUrl.trim() ? answer.evidenceUrl.trim() : undefined;
    if (answer.answer === undefined && !comment && !evidenceUrl) continue;
    stored[key] = { ...(answer.answer !== undefined ? { answer: answer.answer } : {}), ...(comment ? { comment } : {}), ...(evidenceUrl ? { evidenceUrl } : {}) };
  }
  return stored;
}

/** Answers as stored; a value off the scale, or an entry someone broke by hand, is left out. */
export function readAnswers(item: ListItem): Record<string, ISelfAssessmentAnswer> {
  const stored = asRecord(readJson<unknown>(item, 'Answers', {}));
  const answers: Record<string, ISelfAssessmentAnswer> = {};
  if (!stored) return answers;
  for (const key of Object.keys(stored)) {
    const record = asRecord(stored[key]);
    if (!record) continue;
    const answer = (ANSWER_SCALE as readonly unknown[]).indexOf(record.answer) >= 0 ? (record.answer as AnswerValue) : undefined;
    const comment = typeof record.comment === 'string' && record.comment ? record.comment : undefined;
    const evidenceUrl = typeof record.evidenceUrl === 'string' && /^https:\/\//i.test(record.evidenceUrl) ? record.evidenceUrl : undefined;
    if (answer === undefined && !comment && !evidenceUrl) continue;
    answers[key] = { ...(answer !== undefined ? { answer } : {}), ...(comment ? { comment } : {}), ...(evidenceUrl ? { evidenceUrl } : {}) };
  }
  return answers;
}

export function toSelfAssessment(item: ListItem): IStoredSelfAssessment {
  const submittedBy = readPerson(item, 'SubmittedBy');
  const submittedAt = readString(item, 'SubmittedAt');
  const note = readString(item, 'TargetedFollowUpNote');
  return {
    id: item.Id,
    ...storedMeta(item),
    unitId: readNumber(item, 'UnitId') || 0,
    year: readNumber(item, 'AssessmentYear') || 0,
    status: (readString(item, 'AssessmentStatus') || 'Utkast') as SelfAssessmentStatus,
    answers: readAnswers(item),
    targetedFollowUp: readBoolean(item, 'TargetedFollowUp'),
    ...(note ? { targetedFollowUpNote: note } : {}),
    ...(submittedAt ? { submittedAt } : {}),
    ...(submittedBy ? { submittedBy } : {})
  };
}
