/** ClientRequestId holds at most this many characters (schema/pdsaLists.ts). */
const MAX_LENGTH = 64;

/** FNV-1a, 32 bits, as 8 hex digits: short, stable and spread enough to tell request ids apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The request id of one part of a request (one unit of a follow-up order): the same for every retry
 * of the same request, different for every part, and within the column's limit however long the
 * given id is.
 */
export function derivedRequestId(clientRequestId: string, part: string): string {
  const whole = `${clientRequestId}:${part}`;
  if (whole.length <= MAX_LENGTH) return whole;
  const hash = `${fnv1a(clientRequestId)}${fnv1a(`${clientRequestId}\u0000`)}`;
  return `${hash}:${part}`.slice(0, MAX_LENGTH);
}
