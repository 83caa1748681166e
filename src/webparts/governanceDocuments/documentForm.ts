import { IDirectoryUser } from '../../domain/directory';
import { IDocumentDraftChanges, IDocumentRegistration } from '../../domain/documents/inputs';
import { IGoverningDocument, IReadAudience } from '../../domain/documents/types';
import { DEFAULT_REVIEW_CYCLE_MONTHS, GoverningDocumentType, InformationClass } from '../../domain/documents/vocabulary';
import { IPerson } from '../../domain/organisation';
import { SecurityArea } from '../../domain/securityAreas';

/** What the registration and draft forms hold while the user types: text as typed, choices as picked. */
export interface IDocumentFormState {
  readonly title: string;
  readonly type?: GoverningDocumentType;
  readonly ownerId?: number;
  readonly informationClass?: InformationClass;
  readonly areas: readonly SecurityArea[];
  readonly scopeUnitId?: number;
  readonly supplementsId?: number;
  readonly parentId?: number;
  readonly reviewCycleMonths: string;
  readonly preparedBy: string;
  readonly readPeople: readonly IDirectoryUser[];
  readonly readUnitIds: readonly number[];
}

/** A person the form shows in the people picker (a stored person has no directory id; the e-mail finds them). */
export function pickerUser(person: IPerson): IDirectoryUser {
  return { ...person, graphId: person.graphId || '', userPrincipalName: person.email };
}

export function emptyDocumentForm(ownerId: number | undefined): IDocumentFormState {
  return { title: '', ownerId, areas: [], reviewCycleMonths: String(DEFAULT_REVIEW_CYCLE_MONTHS), preparedBy: '', readPeople: [], readUnitIds: [] };
}

export function formFromDocument(document: IGoverningDocument): IDocumentFormState {
  const audience = document.readConfirmation;
  return {
    title: document.title,
    type: document.type,
    ownerId: document.owner.id,
    informationClass: document.informationClass,
    areas: document.areas,
    scopeUnitId: document.scopeUnitId,
    supplementsId: document.supplementsId,
    parentId: document.parentId,
    reviewCycleMonths: String(document.reviewCycleMonths),
    preparedBy: document.preparedBy || '',
    readPeople: audience ? audience.people.map(pickerUser) : [],
    readUnitIds: audience ? audience.unitIds : []
  };
}

/** A whole number as typed, or undefined (the domain then says what is wrong). */
function wholeNumber(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : text.trim() ? NaN : undefined;
}

function audienceOf(form: IDocumentFormState): IReadAudience | undefined {
  if (form.readPeople.length === 0 && form.readUnitIds.length === 0) return undefined;
  return {
    unitIds: form.readUnitIds,
    people: form.readPeople.map((user) => ({ id: user.id, graphId: user.graphId || undefined, displayName: user.displayName, email: user.email }))
  };
}

/** The registration the form describes; the domain's registrationErrors says what is missing. */
export function registrationFromForm(form: IDocumentFormState): IDocumentRegistration {
  return {
    title: form.title,
    type: form.type as GoverningDocumentType,
    ownerId: form.ownerId as number,
    informationClass: form.informationClass as InformationClass,
    areas: form.areas,
    scopeUnitId: form.scopeUnitId,
    // Only a unit's document supplements a regional one.
    supplementsId: form.scopeUnitId === undefined ? undefined : form.supplementsId,
    parentId: form.parentId,
    reviewCycleMonths: wholeNumber(form.reviewCycleMonths) as number,
    preparedBy: form.preparedBy.length > 0 ? form.preparedBy : undefined,
    readConfirmation: audienceOf(form)
  };
}

function sameAudience(a: IReadAudience | undefined, b: IReadAudience | undefined): boolean {
  const key = (audience: IReadAudience | undefined): string =>
    audience
      ? JSON.stringify([audience.unitIds.slice().sort(), audience.people.map((person) => person.email.toLowerCase()).sort()])
      : JSON.stringify([[], []]);
  return key(a) === key(b);
}

/** Only what the owner changed: an untouched field is not sent, so it cannot overwrite anyone's change. */
export function draftChangesFromForm(form: IDocumentFormState, document: IGoverningDocument): IDocumentDraftChanges {
  const next = registrationFromForm(form);
  const changes: { -readonly [K in keyof IDocumentDraftChanges]: IDocumentDraftChanges[K] } = {};
  if (next.title !== document.title) changes.title = next.title;
  if (next.informationClass !== document.informationClass) changes.informationClass = next.informationClass;
  if (next.areas.slice().sort().join('|') !== document.areas.slice().sort().join('|')) changes.areas = next.areas;
  if (next.scopeUnitId !== document.scopeUnitId) changes.scopeUnitId = next.scopeUnitId;
  if (next.supplementsId !== document.supplementsId) changes.supplementsId = next.supplementsId;
  if (next.parentId !== document.parentId) changes.parentId = next.parentId;
  if (next.reviewCycleMonths !== document.reviewCycleMonths) changes.reviewCycleMonths = next.reviewCycleMonths;
  if ((next.preparedBy || '') !== (document.preparedBy || '')) changes.preparedBy = next.preparedBy;
  if (!sameAudience(next.readConfirmation, document.readConfirmation)) changes.readConfirmation = next.readConfirmation || { unitIds: [], people: [] };
  return changes;
}
