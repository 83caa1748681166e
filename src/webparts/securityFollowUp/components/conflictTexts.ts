import * as strings from 'SecurityFollowUpWebPartStrings';
import { IConflictPanelTexts } from '../../../components/ConflictPanel';

/** The conflict panel's words, the same for a log entry and a self-assessment. */
export function conflictTexts(): IConflictPanelTexts {
  return {
    heading: strings.ConflictHeading,
    caption: strings.ConflictCaption,
    field: strings.ConflictField,
    mine: strings.ConflictMine,
    theirs: strings.ConflictTheirs,
    empty: strings.EmptyValue,
    differs: strings.ConflictDiffers
  };
}
