import { formatRiskNumber, parseRiskNumber } from '../../domain/risks/riskNumber';

/**
 * The risk a link names: `?risk=RISK-00042` (also `risk-42` or a bare item id, as people shorten
 * them). Answers the canonical risk number, or undefined for anything else.
 */
export function riskFromQuery(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const id = parseRiskNumber(value) || (/^\s*\d{1,9}\s*$/.test(value) ? Number(value) : undefined);
  return id && id > 0 ? formatRiskNumber(id) : undefined;
}

/** The item id behind a risk number the web part holds (always canonical here). */
export function riskIdOf(riskNumber: string): number | undefined {
  return parseRiskNumber(riskNumber);
}
