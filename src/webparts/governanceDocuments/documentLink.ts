/**
 * The document a link names: `?document=RL-014` (its number, as people write it) or `?document=42`
 * (the item id, as a reminder mail links it). Answers the trimmed value in a canonical form (a
 * number in upper case), or undefined for anything else; the web part finds the document by it.
 */
export function documentFromQuery(value: string | undefined): string | undefined {
  const text = (value || '').trim();
  if (/^\d{1,9}$/.test(text)) return Number(text) > 0 ? String(Number(text)) : undefined;
  if (/^[A-Za-z]{1,10}(-[A-Za-z0-9]{1,12}){1,3}$/.test(text)) return text.toUpperCase();
  return undefined;
}

/** What a canonical link value points at: an item id, or a document number to look up. */
export function documentLinkTarget(value: string): { readonly id: number } | { readonly number: string } {
  return /^\d+$/.test(value) ? { id: Number(value) } : { number: value };
}
