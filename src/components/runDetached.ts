/**
 * Starts async work from an event handler. The handlers Trygg passes here report their own
 * failures in the UI; anything that still escapes is logged rather than lost.
 */
export function runDetached(work: Promise<unknown>): void {
  work.catch((error: unknown) => console.error('Trygg: unexpected failure', error));
}
