import { IGoverningDocument } from '../../domain/documents/types';
import { documentDueness } from '../../domain/documents/reviewDates';
import { displayStatus } from '../../domain/documents/lifecycle';

/** What a reader must notice about a document, most serious first; each has its words in loc (Flags). */
export type DocumentFlag = 'withdrawn' | 'expired' | 'reviewOverdue' | 'revision' | 'consultation' | 'scheduled' | 'expiresSoon' | 'reviewDue';

/** Flags that mean the document should not be relied on as it stands. */
export const SERIOUS_FLAGS: readonly DocumentFlag[] = ['withdrawn', 'expired', 'reviewOverdue'];

/**
 * The flags of one document, read from the domain's rules (validity, review dates, a revision in
 * work). A withdrawn document is only that: its dates no longer matter.
 */
export function documentFlags(document: IGoverningDocument, now: Date): DocumentFlag[] {
  if (document.status === 'Upphävd') return ['withdrawn'];
  const shown = displayStatus(document, now);
  const due = documentDueness(document, now);
  const flags: DocumentFlag[] = [];
  if (shown.expired) flags.push('expired');
  if (due.reviewOverdue) flags.push('reviewOverdue');
  // What the version in work is doing: out on remiss, approved and waiting for its day, or being written.
  if (shown.revisionInWork) flags.push(shown.draftStatus === 'Remiss' ? 'consultation' : shown.draftStatus === 'Fastställd' ? 'scheduled' : 'revision');
  if (due.expiresSoon) flags.push('expiresSoon');
  if (due.reviewDue && !due.reviewOverdue) flags.push('reviewDue');
  return flags;
}
