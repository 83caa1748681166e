/**
 * Document numbers: a prefix per type and a sequence (POL-001, RL-014), the next after the highest
 * of that prefix. Only the Trygg function allocates them; the library's unique column refuses a
 * number two registrations took at once, and the loser retries with the next. Imported documents
 * keep their own numbers (Stockholm's LS-S-665820), which never take part in the sequence.
 */
import { DOCUMENT_NUMBER_PREFIXES, GOVERNING_DOCUMENT_TYPES, GoverningDocumentType } from './vocabulary';

/** Digits a sequence is padded to; it grows beyond them (RL-999 is followed by RL-1000). */
const SEQUENCE_DIGITS = 3;

export interface IDocumentNumber {
  readonly type: GoverningDocumentType;
  readonly prefix: string;
  readonly sequence: number;
}

export function formatDocumentNumber(type: GoverningDocumentType, sequence: number): string {
  return `${DOCUMENT_NUMBER_PREFIXES[type]}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

/**
 * A number in Trygg's form, or undefined for anything else (an imported number, a typo). Case is
 * ignored because SharePoint's unique column ignores it: 'rl-015' would refuse 'RL-015'.
 */
export function parseDocumentNumber(value: string): IDocumentNumber | undefined {
  const match = /^([A-Za-z]+)-(\d+)$/.exec(value.trim());
  if (!match) return undefined;
  const prefix = match[1].toUpperCase();
  const type = GOVERNING_DOCUMENT_TYPES.find((candidate) => DOCUMENT_NUMBER_PREFIXES[candidate] === prefix);
  const sequence = Number(match[2]);
  // A sequence too long to count exactly is not one Trygg gave; it cannot collide with ours either.
  if (!type || !Number.isSafeInteger(sequence)) return undefined;
  return { type, prefix, sequence };
}

/** The number after the highest of the type's numbers among the existing ones (from 1). */
export function nextDocumentNumber(type: GoverningDocumentType, existingNumbers: readonly string[]): string {
  let highest = 0;
  for (const existing of existingNumbers) {
    const parsed = parseDocumentNumber(existing);
    if (parsed && parsed.type === type && parsed.sequence > highest) highest = parsed.sequence;
  }
  return formatDocumentNumber(type, highest + 1);
}

/** What the type's numbers start with, for `startswith(DocumentNumber, …)` to read only those. */
export function numberPrefixFilter(type: GoverningDocumentType): string {
  return `${DOCUMENT_NUMBER_PREFIXES[type]}-`;
}
