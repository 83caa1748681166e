import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationStatisticsWebPartStrings';
import { IDeviationStatistics } from '../../../domain/deviations/statistics';
import { format } from '../../../common/format';
import { daysText } from '../labels';

export interface ISummaryTilesProps {
  statistics: IDeviationStatistics;
}

interface ITile {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly note?: string;
  readonly warn?: boolean;
}

/** The key figures, as a description list laid out as tiles that wrap on narrow screens. */
export function SummaryTiles(props: ISummaryTilesProps): React.ReactElement {
  const s = props.statistics;
  const theme = useTheme();
  const classes = mergeStyleSets({
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8, margin: 0 },
    tile: { padding: 12, borderRadius: 4, background: theme.semanticColors.bodyStandoutBackground, display: 'flex', flexDirection: 'column-reverse' },
    value: { margin: 0, fontSize: 28, fontWeight: 600, lineHeight: '36px' },
    warn: { color: theme.semanticColors.errorText },
    label: { margin: 0 }
  });
  const tiles: ITile[] = [
    { id: 'total', label: strings.TileReported, value: String(s.total) },
    { id: 'open', label: strings.TileOpen, value: String(s.open) },
    { id: 'closed', label: strings.TileClosed, value: String(s.closed) },
    { id: 'overdueCases', label: strings.TileOverdueCases, value: String(s.overdueCases), warn: s.overdueCases > 0 },
    {
      id: 'medianAcknowledge',
      label: strings.TileMedianAcknowledge,
      value: daysText(s.medianDaysToAcknowledgement),
      note: format(strings.TileMedianBasis, s.acknowledgedCount)
    },
    { id: 'medianClose', label: strings.TileMedianClose, value: daysText(s.medianDaysToClosure), note: format(strings.TileMedianBasis, s.closedCount) },
    { id: 'openActions', label: strings.TileOpenActions, value: String(s.openActions) },
    { id: 'overdueActions', label: strings.TileOverdueActions, value: String(s.overdueActions), warn: s.overdueActions > 0 }
  ];
  return (
    <dl className={classes.grid}>
      {tiles.map((tile) => (
        <div key={tile.id} className={classes.tile} data-tile={tile.id}>
          <dd className={tile.warn ? `${classes.value} ${classes.warn}` : classes.value} data-value>
            {tile.value}
          </dd>
          <dt className={classes.label}>
            <Text variant="small">{tile.label}</Text>
            {tile.note && (
              <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
                {tile.note}
              </Text>
            )}
          </dt>
        </div>
      ))}
    </dl>
  );
}
