/**
 * Building OData $filter text from values people typed. PnPjs's fluent filter does not double
 * single quotes, so every string goes through odataString() and nothing else.
 */

/** A string literal: quotes doubled, wrapped in quotes. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** SharePoint's OData v3 datetime literal for an ISO instant. */
export function odataDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (isNaN(time)) throw new Error(`Not a date: ${iso}`);
  return `datetime'${new Date(time).toISOString()}'`;
}

export function odataNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a number: ${value}`);
  return String(value);
}

/** field eq v1 or field eq v2 …, parenthesised; undefined for an empty list. */
export function anyOf(field: string, literals: readonly string[]): string | undefined {
  if (literals.length === 0) return undefined;
  const clauses = literals.map((literal) => `${field} eq ${literal}`);
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' or ')})`;
}

/** Joins the defined clauses with `and`. */
export function allOf(...clauses: (string | undefined)[]): string {
  return clauses.filter((clause): clause is string => !!clause).join(' and ');
}
