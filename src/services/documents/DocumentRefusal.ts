/**
 * Why the governing-documents service did not do what it was asked, in keys the UI localizes:
 * 'invalid' with an error per field (domain/documents/documentValidation.ts), 'blocked' with the
 * reasons the action may not be taken now (domain/documents/lifecycle.ts, `fields` keyed by
 * reason), 'notFound' for a document, round or comment the user may not see. Checked before any
 * write, and again by the Trygg function, whose refusals arrive as the same error. A stale ETag is
 * a ConflictError (services/errors.ts) with the stored document instead.
 */
export type DocumentRefusalKind = 'invalid' | 'blocked' | 'notFound';

export class DocumentRefusal extends Error {
  constructor(
    public readonly kind: DocumentRefusalKind,
    public readonly fields: Readonly<Record<string, string>> = {}
  ) {
    super(kind === 'notFound' ? 'No such document.' : `The request was ${kind}: ${Object.keys(fields).map((field) => `${field} ${fields[field]}`).join(', ')}.`);
    this.name = 'DocumentRefusal';
  }

  /** The blockers of a 'blocked' refusal, or the errors of an 'invalid' one. */
  public get reasons(): string[] {
    return Object.keys(this.fields).map((field) => this.fields[field]);
  }
}

/** Throws an 'invalid' refusal when any field has an error. */
export function refuseInvalid(...errors: Readonly<Record<string, string | undefined>>[]): void {
  const fields: Record<string, string> = {};
  for (const group of errors) for (const field of Object.keys(group)) if (group[field]) fields[field] = group[field] as string;
  if (Object.keys(fields).length > 0) throw new DocumentRefusal('invalid', fields);
}

/** Throws a 'blocked' refusal with each blocker under its own name. */
export function refuseBlocked(blockers: readonly string[]): void {
  if (blockers.length > 0) throw new DocumentRefusal('blocked', Object.fromEntries(blockers.map((blocker) => [blocker, blocker])));
}
