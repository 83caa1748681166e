/**
 * What an open report may claim. Employees add reports with their own rights (Trygg Rapportera:
 * Add Items, no Edit), so the item's first version is entirely theirs: any field can hold anything
 * a script sent. SharePoint itself records who created the item, when, and how many versions it
 * has; nobody can set those through the API. So:
 * - who reported and when come from Created By and Created, never from the Reporter or ReportedAt fields;
 * - while the item is at its first version (nobody but the reporter has written it), only what a
 *   reporter may say counts: the report itself and where it was routed; status, classification,
 *   causes, feedback, closing, approvals, the log and the notification mark read as "just reported";
 * - the first write by anyone else seals it: it writes every handling field from that view
 *   (`sealingChanges`), so what the reporter sent never becomes handling state.
 * Protected cases are created by the protected-cases function, which writes these fields itself.
 */
import { IPerson } from '../organisation';
import { ClearableDeviationField, IDeviationChanges } from './repositories';
import { IDeviation } from './types';

/** What SharePoint recorded about the item. */
export interface IRecordedItem {
  /** Created By. */
  readonly author?: IPerson;
  /** Created, ISO 8601. */
  readonly created: string;
  /** The major version number (1 on creation, +1 on every write). */
  readonly version: number;
}

/** An open report as its reporter can have written it: handling state only once someone else wrote it. */
export function asRecorded(deviation: IDeviation, recorded: IRecordedItem): IDeviation {
  const reporter = recorded.author || deviation.reporter;
  const trusted: IDeviation = { ...deviation, reporter, reportedAt: recorded.created, asReported: recorded.version <= 1 };
  if (recorded.version > 1) return trusted;
  return {
    ...trusted,
    status: 'Ny',
    actualConsequence: undefined,
    potentialConsequence: undefined,
    msbCategory: undefined,
    mtoCauses: [],
    feedback: undefined,
    feedbackAt: undefined,
    acknowledgedAt: undefined,
    closedAt: undefined,
    approvedBy: undefined,
    securityApprovedBy: undefined,
    securityApprovedAt: undefined,
    rejectionReason: undefined,
    handlerNotifiedAt: undefined,
    reporterNotified: undefined,
    reminderSentFor: undefined,
    history: reporter ? [{ at: recorded.created, byName: reporter.displayName, byEmail: reporter.email, to: 'Ny' }] : []
  };
}

/** A write to a case: on a report nobody else has written yet, with its seal (what a change leaves undefined stays sealed). */
export function withSeal(deviation: IDeviation, changes: IDeviationChanges): IDeviationChanges {
  const seal = sealingChanges(deviation);
  const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as IDeviationChanges;
  const clear = (seal.clear || []).filter((field) => defined[field] === undefined);
  return { ...seal, ...defined, clear: clear.concat(changes.clear || []) };
}

/** What the reporter of a first version could have filled in that only a handler may. */
const SEALED: readonly ClearableDeviationField[] = [
  'feedback', 'feedbackAt', 'acknowledgedAt', 'closedAt', 'approvedById', 'securityApprovedById',
  'securityApprovedAt', 'rejectionReason', 'handlerNotifiedAt', 'actualConsequence', 'potentialConsequence',
  'reporterNotified', 'reminderSentFor'
];

/**
 * The fields a first write by anyone but the reporter must carry, so that the stored item matches
 * what `asRecorded` showed; nothing for a case that was sealed before.
 */
export function sealingChanges(deviation: IDeviation): IDeviationChanges {
  if (!deviation.asReported) return {};
  return {
    status: deviation.status,
    msbCategory: '',
    mtoCauses: deviation.mtoCauses,
    history: deviation.history,
    clear: SEALED,
    // The indexed fields that lists and statistics filter on, from SharePoint's own record.
    reporterId: deviation.reporter ? deviation.reporter.id : undefined,
    reportedAt: deviation.reportedAt
  };
}
