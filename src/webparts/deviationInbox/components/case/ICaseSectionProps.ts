import { IDeviation } from '../../../../domain/deviations/types';
import { CaseChange } from '../../handling/caseChanges';

/** What every editing section of the case view gets. */
export interface ICaseSectionProps {
  deviation: IDeviation;
  /** False when the user may only read, the case is closed, or a conflict awaits a decision. */
  editable: boolean;
  /** A save is under way: buttons wait for it. */
  busy: boolean;
  /** Saves through the handling service; true when it was stored. */
  onSave: (change: CaseChange) => Promise<boolean>;
}
