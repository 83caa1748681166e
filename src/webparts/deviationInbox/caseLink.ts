import { parseCaseNumber } from '../../domain/deviations/caseNumber';

/** The case a link names: a case number (AVV-…, SKY-…) or, from older links, an open case's item id. */
export function caseFromQuery(value: string | undefined): string | number | undefined {
  if (!value) return undefined;
  if (parseCaseNumber(value)) return value.trim().toUpperCase();
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
