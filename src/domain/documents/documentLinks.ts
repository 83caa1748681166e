/**
 * What a link to a governing document tells the people who rely on it (a risk's control, a PDSA
 * item): one rule, so every place that shows a link flags the same documents.
 */
import { IGoverningDocument } from './types';
import { isExpired, isWithdrawn, publishedEdition } from './lifecycle';

/** 'missing': the linked document is gone or not the user's to see; otherwise why it no longer governs. */
export type DocumentLinkFlag = 'missing' | 'withdrawn' | 'expired';

export function documentLinkFlag(document: IGoverningDocument | undefined, now: Date): DocumentLinkFlag | undefined {
  if (!document) return 'missing';
  if (isWithdrawn(document)) return 'withdrawn';
  return isExpired(document, now) ? 'expired' : undefined;
}

/** The documents a link may be set to: published ones (also while being revised), never a withdrawn one. */
export function linkableDocuments(documents: readonly IGoverningDocument[]): IGoverningDocument[] {
  return documents.filter((document) => !isWithdrawn(document) && publishedEdition(document) >= 1);
}

/** Where the document's file opens: SharePoint serves a reader the file's last approved version at its own URL. */
export function documentFileUrl(document: IGoverningDocument): string {
  return document.file ? document.file.serverRelativeUrl : '';
}
