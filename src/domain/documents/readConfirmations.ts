/**
 * Read confirmations (läskvitton) are per edition: who of the people asked has confirmed reading
 * the published edition, and who has not. Two clicks or a retry may store two confirmations of
 * the same person; the earliest counts. People are matched by SharePoint user id, and by e-mail
 * when the id differs or is missing (a person re-added to the site gets a new id).
 */
import { IPerson } from '../organisation';
import { calendarDay } from '../days';
import { isWithdrawn, publishedEdition } from './lifecycle';
import { IGoverningDocument, IReadAudience, IReadConfirmation } from './types';

export interface IConfirmedReader {
  readonly person: IPerson;
  readonly confirmedAt: string;
}

export interface IDocumentReadStatus {
  readonly edition: number;
  /** The audience who confirmed this edition, earliest first. */
  readonly confirmed: readonly IConfirmedReader[];
  /** The audience who have not, in the audience's order. */
  readonly missing: readonly IPerson[];
  /** Confirmations from people who were not asked (one each): shown, not counted. */
  readonly unasked: readonly IConfirmedReader[];
}

export function samePerson(a: IPerson, b: IPerson): boolean {
  if (a.id !== undefined && a.id === b.id) return true;
  return !!a.email && !!b.email && a.email.toLowerCase() === b.email.toLowerCase();
}

/** Each person once: the first of several entries that are the same person. */
function distinctPeople(people: readonly IPerson[]): IPerson[] {
  const result: IPerson[] = [];
  for (const person of people) if (!result.some((known) => samePerson(known, person))) result.push(person);
  return result;
}

/** Each reader's earliest confirmation of the edition. */
function earliestPerReader(edition: number, confirmations: readonly IReadConfirmation[]): IConfirmedReader[] {
  const ofEdition = confirmations
    .filter((confirmation) => confirmation.edition === edition)
    .slice()
    .sort((a, b) => Date.parse(a.confirmedAt) - Date.parse(b.confirmedAt));
  const result: IConfirmedReader[] = [];
  for (const confirmation of ofEdition) {
    if (!result.some((known) => samePerson(known.person, confirmation.reader))) result.push({ person: confirmation.reader, confirmedAt: confirmation.confirmedAt });
  }
  return result;
}

/** What deciding whether a document asks me to confirm reading it needs of it. */
export type ConfirmationFacts = Pick<IGoverningDocument, 'id' | 'status' | 'edition' | 'moderation' | 'effectiveFrom' | 'approvedOn' | 'readConfirmation'>;

/**
 * The confirmations that count for the document's published edition: of that edition, and made on
 * or after the day it came into force. Anyone may add a confirmation with their own rights, also for
 * an edition that is not out yet; such a one never counts when that edition is published.
 */
export function countingConfirmations(document: Omit<ConfirmationFacts, 'readConfirmation'>, confirmations: readonly IReadConfirmation[]): IReadConfirmation[] {
  const edition = publishedEdition(document);
  // An approved version waiting for its day carries the coming edition's dates: the published one's start is not at hand.
  const awaiting = document.status === 'Fastställd' && document.moderation !== 'approved';
  const start = awaiting ? undefined : calendarDay(document.effectiveFrom || document.approvedOn);
  return confirmations.filter(
    (confirmation) => confirmation.documentId === document.id && confirmation.edition === edition && (start === undefined || Date.parse(confirmation.confirmedAt) >= start)
  );
}

/** Who of the audience (people, with units already resolved to their members) has confirmed the edition. */
export function readStatusOf(edition: number, audience: readonly IPerson[], confirmations: readonly IReadConfirmation[]): IDocumentReadStatus {
  const people = distinctPeople(audience);
  const readers = earliestPerReader(edition, confirmations);
  const confirmed: IConfirmedReader[] = [];
  const missing: IPerson[] = [];
  for (const person of people) {
    const reader = readers.find((candidate) => samePerson(person, candidate.person));
    if (reader) confirmed.push({ person, confirmedAt: reader.confirmedAt });
    else missing.push(person);
  }
  confirmed.sort((a, b) => Date.parse(a.confirmedAt) - Date.parse(b.confirmedAt));
  const unasked = readers.filter((reader) => !people.some((person) => samePerson(person, reader.person)));
  return { edition, confirmed, missing, unasked };
}

/** An audience as stored (ReadAudience's parsed JSON), or undefined when it is not one. */
export function audienceFrom(stored: unknown): IReadAudience | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  const audience = stored as Partial<IReadAudience>;
  return { unitIds: Array.isArray(audience.unitIds) ? audience.unitIds : [], people: Array.isArray(audience.people) ? audience.people : [] };
}

/** Whether an audience asks anyone at all: what the indexed AsksReadConfirmation column records. */
export function asksForReadConfirmation(audience: IReadAudience | undefined): boolean {
  return !!audience && (audience.people.length > 0 || audience.unitIds.length > 0);
}

/** Whether the document asks this person (by name or through one of their units) to confirm. */
export function isAskedToConfirm(document: Pick<IGoverningDocument, 'readConfirmation'>, me: IPerson, myUnitIds: readonly number[]): boolean {
  const audience = document.readConfirmation;
  if (!audience) return false;
  return audience.people.some((person) => samePerson(person, me)) || audience.unitIds.some((unitId) => myUnitIds.indexOf(unitId) >= 0);
}

/**
 * The published edition asks me to confirm reading it and I have not: a revision in work or an
 * approved edition not yet in effect does not ask again until it is published.
 */
export function needsMyConfirmation(
  document: ConfirmationFacts,
  me: IPerson,
  myUnitIds: readonly number[],
  myConfirmations: readonly IReadConfirmation[]
): boolean {
  const edition = publishedEdition(document);
  if (edition < 1 || isWithdrawn(document) || !isAskedToConfirm(document, me, myUnitIds)) return false;
  return countingConfirmations(document, myConfirmations).length === 0;
}
