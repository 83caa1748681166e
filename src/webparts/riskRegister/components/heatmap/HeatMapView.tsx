import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'RiskRegisterWebPartStrings';
import { ITryggServices } from '../../../../services/ITryggServices';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { format } from '../../../../common/format';
import { IRegisterFilter, isFiltered, toRiskQuery } from '../../registerFilter';
import { HEAT_MAP_KINDS, heatMapGrid, ICellSelection } from '../../heatMapCounts';
import { IRegisterContext } from '../registerContext';
import { IRiskPlacement } from '../../../../domain/risks/repositories';
import { HeatMapTable } from './HeatMapTable';

export interface IHeatMapViewProps {
  services: ITryggServices;
  context: IRegisterContext;
  /** The register's filter: the map counts the same risks. */
  filter: IRegisterFilter;
  onPickCell: (cell: ICellSelection) => void;
}

/** Counts per cell, before treatment (inherent) and now (current), for the register's filter. */
export function HeatMapView(props: IHeatMapViewProps): React.ReactElement {
  const { services, context, filter } = props;
  const now = React.useMemo(() => services.now(), [services]);
  const query = React.useMemo(() => toRiskQuery(filter, { units: context.units, myId: context.me.id, now }), [filter, context, now]);
  const [data, reload] = useAsyncData<IRiskPlacement[]>(
    () => (query === 'none' ? Promise.resolve([]) : services.risks.placements(query)),
    [services, JSON.stringify(query)]
  );

  return (
    <Stack tokens={{ childrenGap: 16 }} data-heat-map>
      <Text block styles={{ root: { maxWidth: 760 } }}>
        {isFiltered(filter) ? strings.HeatMapIntroFiltered : strings.HeatMapIntro}
      </Text>
      {data.state === 'loading' && <Spinner label={common.Loading} />}
      {data.state === 'failed' && <ErrorMessageBar error={data.error} onRetry={reload} />}
      {data.state === 'ready' && (
        <>
          <Text role="status" block data-counted={data.value.length}>
            {format(strings.HeatMapCounted, data.value.length)}
          </Text>
          {HEAT_MAP_KINDS.map((kind) => {
            const grid = heatMapGrid(data.value, kind, context.matrix, context.matrices);
            return (
              <Stack key={kind} tokens={{ childrenGap: 4 }}>
                <HeatMapTable
                  matrix={context.matrix}
                  kind={kind}
                  grid={grid}
                  onPick={(likelihood, consequence, riskIds) => props.onPickCell({ kind, likelihood, consequence, riskIds })}
                />
                <Text variant="small" block>
                  {[
                    grid.notAssessed > 0 ? format(strings.HeatMapNotAssessed, grid.notAssessed) : '',
                    grid.remapped > 0 ? format(strings.HeatMapRemapped, grid.remapped, context.matrix.version) : '',
                    grid.unplaced > 0 ? format(strings.HeatMapUnplaced, grid.unplaced) : ''
                  ]
                    .filter((part) => part.length > 0)
                    .join(' ')}
                </Text>
              </Stack>
            );
          })}
        </>
      )}
    </Stack>
  );
}
