import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { IQuestionSummary } from '../../../../domain/pdsa/selfAssessment';
import { distributionSegments } from '../../summaryView';

export interface IDistributionBarProps {
  question: IQuestionSummary;
}

/**
 * How the units answered one question: a small bar in colour (green best, red worst, grey not
 * applicable) and the same as numbers under it, so the colour is never the only carrier.
 */
export function DistributionBar(props: IDistributionBarProps): React.ReactElement {
  const theme = useTheme();
  const colours: Record<string, string> = {
    '4': theme.palette.green,
    '3': theme.palette.greenLight,
    '2': theme.palette.yellowDark,
    '1': theme.palette.redDark,
    na: theme.palette.neutralTertiary
  };
  const segments = distributionSegments(props.question);
  if (segments.length === 0) return <span data-distribution="empty">{strings.NoAnswers}</span>;
  return (
    <div data-distribution={segments.map((segment) => `${segment.answer}:${segment.count}`).join(' ')}>
      <div aria-hidden="true" style={{ display: 'flex', height: 12, width: '100%', minWidth: 120, borderRadius: 2, overflow: 'hidden', background: theme.palette.neutralLighter }}>
        {segments.map((segment) => (
          <div key={segment.answer} title={segment.text} style={{ width: `${segment.share * 100}%`, background: colours[segment.answer] }} />
        ))}
      </div>
      <ul style={{ listStyle: 'none', margin: '4px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: 10, fontSize: 12 }}>
        {segments.map((segment) => (
          <li key={segment.answer} style={{ whiteSpace: 'nowrap' }}>
            <span aria-hidden="true" style={{ display: 'inline-block', width: 8, height: 8, marginRight: 4, background: colours[segment.answer] }} />
            {segment.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
