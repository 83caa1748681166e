import * as React from 'react';
import * as strings from 'DeviationStatisticsWebPartStrings';
import { recentChange } from '../../../domain/deviations/statistics';
import { format } from '../../../common/format';

export interface ITrendTextProps {
  byMonth: readonly number[];
}

/** The last three months against the three before, in words with an arrow. */
export function TrendText(props: ITrendTextProps): React.ReactElement {
  if (props.byMonth.length < 6) return <></>;
  const { recent, previous } = recentChange(props.byMonth, 3);
  const arrow = recent > previous ? '↑' : recent < previous ? '↓' : '→';
  return (
    <span title={format(strings.TrendExplained, recent, previous)}>
      <span aria-hidden="true">{`${arrow} `}</span>
      {format(strings.TrendText, recent, previous)}
    </span>
  );
}
