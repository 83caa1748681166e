import * as strings from 'GovernanceDocumentsWebPartStrings';

/**
 * Why a step cannot be taken, in words: the domain's blocker keys (domain/documents/lifecycle.ts),
 * or a field's or file's problem the service refused the step for.
 */
export function blockerText(key: string): string {
  return strings.Blockers[key] || strings.FieldErrors[key] || strings.FileErrors[key] || strings.Blockers.unknown;
}

/** A field's problem in words (the domain's validation keys); undefined for none. */
export function fieldErrorText(key: string | undefined): string | undefined {
  return key ? strings.FieldErrors[key] || strings.FileErrors[key] || strings.FieldErrors.unknown : undefined;
}
