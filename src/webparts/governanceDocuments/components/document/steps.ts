import { DocumentAction, DocumentBlocker } from '../../../../domain/documents/lifecycle';
import { IGoverningDocument } from '../../../../domain/documents/types';

/** The owner's steps on a document's page, in the order a document's life takes them. */
export const OWNER_STEPS: readonly DocumentAction[] = ['editDraft', 'uploadFile', 'sendConsultation', 'confirmReview', 'startRevision', 'proposeWithdrawal'];

/** The security function's decisions. */
export const SECURITY_STEPS: readonly DocumentAction[] = ['approve', 'requestChanges', 'withdraw'];

/**
 * Blockers that mean the step is not this user's or not of this phase of the document's life: the
 * step is not offered at all (an employee sees no owner's or approver's buttons; a published
 * document no draft steps). Any other blocker (four eyes, an open remiss, expired validity, no file)
 * leaves the step shown, disabled, with its reason beside it.
 */
export const HIDDEN_WHEN: readonly DocumentBlocker[] = ['notOwner', 'notSecurityFunction', 'withdrawn', 'notDraft', 'notPublished', 'awaitingPublication', 'revisionInWork', 'noOpenConsultation'];

/** Whether the page offers the step (enabled, or disabled with its reasons). */
export function stepShown(action: DocumentAction, document: IGoverningDocument, blockers: readonly string[]): boolean {
  // On a published document a new file starts a revision: that step says so and takes the file.
  if (action === 'uploadFile' && document.status === 'Publicerad') return false;
  return !blockers.some((blocker) => (HIDDEN_WHEN as readonly string[]).indexOf(blocker) >= 0);
}
