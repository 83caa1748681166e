import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviation } from '../../../domain/deviations/types';
import { format } from '../../../common/format';
import { formatDateTime } from '../../../components/dates';
import { areaLabel, consequenceLabel, msbLabel, mtoLabel, statusLabel, typeLabel } from './labels';

export interface IConflictRow {
  readonly field: string;
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
  /** The two versions say different things here. */
  readonly differs: boolean;
}

interface IFieldReader {
  readonly field: string;
  readonly label: () => string;
  readonly read: (deviation: IDeviation) => string;
}

const FIELDS: readonly IFieldReader[] = [
  { field: 'status', label: () => strings.FieldStatus, read: (d) => statusLabel(d.status) },
  { field: 'type', label: () => strings.TypeLabel, read: (d) => (d.type ? typeLabel(d.type) : '') },
  { field: 'area', label: () => strings.AreaLabel, read: (d) => (d.area ? areaLabel(d.area) : '') },
  { field: 'actualConsequence', label: () => strings.ActualConsequenceLabel, read: (d) => consequenceLabel(d.actualConsequence) },
  { field: 'potentialConsequence', label: () => strings.PotentialConsequenceLabel, read: (d) => consequenceLabel(d.potentialConsequence) },
  { field: 'msbCategory', label: () => strings.MsbCategoryLabel, read: (d) => msbLabel(d.msbCategory) },
  {
    field: 'mtoCauses',
    label: () => strings.CausesHeading,
    read: (d) => d.mtoCauses.map((cause) => `${mtoLabel(cause.category)}: ${cause.text}`).join('\n')
  },
  { field: 'feedback', label: () => strings.FeedbackLabel, read: (d) => d.feedback || '' },
  { field: 'handler', label: () => strings.HandlerLabel, read: (d) => (d.handler ? d.handler.displayName : '') },
  {
    field: 'securityApproval',
    label: () => strings.ApprovalHeading,
    read: (d) =>
      d.securityApprovedAt || d.securityApprovedBy
        ? format(strings.ApprovedBy, d.securityApprovedBy ? d.securityApprovedBy.displayName : '', formatDateTime(d.securityApprovedAt))
        : ''
  },
  { field: 'rejectionReason', label: () => strings.RejectionReasonLabel, read: (d) => d.rejectionReason || '' }
];

/**
 * Field by field: the version I was about to save against the one stored now. Only fields where
 * either side differs from what I started from, or from each other, are worth the reader's time.
 */
export function conflictRows(base: IDeviation, mine: IDeviation, theirs: IDeviation): IConflictRow[] {
  return FIELDS.map((reader) => ({
    field: reader.field,
    label: reader.label(),
    base: reader.read(base),
    mine: reader.read(mine),
    theirs: reader.read(theirs)
  }))
    .filter((row) => row.mine !== row.theirs || row.base !== row.theirs || row.base !== row.mine)
    .map((row) => ({ field: row.field, label: row.label, mine: row.mine, theirs: row.theirs, differs: row.mine !== row.theirs }));
}
