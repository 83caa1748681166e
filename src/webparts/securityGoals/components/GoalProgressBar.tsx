import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { GoalLight, IGoalProgress } from '../../../domain/pdsa/goals';
import { format } from '../../../common/format';

export interface IGoalProgressBarProps {
  progress: IGoalProgress;
}

const percent = (share: number): number => Math.round(share * 100);

/**
 * How far the goal has come from the baseline toward the target, with a mark where it should be
 * by today; said in words under the bar, so nothing rests on the colour or the mark alone.
 */
export function GoalProgressBar(props: IGoalProgressBarProps): React.ReactElement {
  const theme = useTheme();
  const { progress } = props;
  const fill: Record<GoalLight, string> = {
    onTrack: theme.palette.green,
    atRisk: theme.palette.yellowDark,
    offTrack: theme.palette.redDark,
    noData: theme.palette.neutralTertiary
  };
  const done = progress.progress === undefined ? undefined : percent(progress.progress);
  const expected = percent(progress.expectedProgress);
  const words = progress.reached ? strings.Reached : done === undefined ? strings.NoValueYet : format(strings.ProgressText, done);
  return (
    <div data-progress={done === undefined ? 'none' : done}>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={done}
        aria-valuetext={words}
        style={{ position: 'relative', height: 8, borderRadius: 4, background: theme.palette.neutralLighter, border: `1px solid ${theme.palette.neutralQuaternaryAlt}` }}
      >
        <div style={{ width: `${done || 0}%`, height: '100%', borderRadius: 4, background: fill[progress.light] }} />
        <div aria-hidden="true" title={format(strings.ExpectedText, expected)} style={{ position: 'absolute', left: `${expected}%`, top: -3, bottom: -3, width: 2, background: theme.palette.neutralPrimary }} />
      </div>
      <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext, marginTop: 2 } }}>
        {words} · {format(strings.ExpectedText, expected)}
      </Text>
    </div>
  );
}
