import * as strings from 'DeviationInboxWebPartStrings';
import { TransitionBlocker } from '../../../domain/deviations/workflow';
import { format } from '../../../common/format';

/** A blocker in plain words; open actions are counted so the handler knows how much is left. */
export function blockerText(blocker: TransitionBlocker, openActionCount: number): string {
  if (blocker === 'openActions') {
    return openActionCount === 1 ? strings.BlockerOpenActionsOne : format(strings.BlockerOpenActionsMany, openActionCount);
  }
  return strings.Blockers[blocker];
}
