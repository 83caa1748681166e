import * as strings from 'PdsaDashboardWebPartStrings';
import { format } from '../../common/format';
import { IEvidenceItem } from '../../domain/pdsa/phases';

/**
 * An evidence item in words: "4 av 5 mätningar inlagda". Where there was nothing to count (no
 * deviations, no documents owned, no measurements due yet) it says so instead of "0 av 0".
 */
export function evidenceText(item: IEvidenceItem, selfAssessmentDraft: boolean): string {
  if (item.key === 'selfAssessmentSubmitted') {
    return item.state === 'met' ? strings.Evidence.selfAssessmentSubmitted : selfAssessmentDraft ? strings.SelfAssessmentDraft : strings.EvidenceNone.selfAssessmentSubmitted;
  }
  const total = item.of;
  const nothing = total === undefined ? item.count === 0 : total === 0;
  if (nothing) return strings.EvidenceNone[item.key];
  return total === undefined ? format(strings.Evidence[item.key], item.count) : format(strings.Evidence[item.key], item.count, total);
}
