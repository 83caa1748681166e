/** The goal a link names: `?goal=12` (its item id). Undefined for anything else. */
export function goalFromQuery(value: string | undefined): number | undefined {
  if (!value || !/^\s*\d{1,9}\s*$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}
