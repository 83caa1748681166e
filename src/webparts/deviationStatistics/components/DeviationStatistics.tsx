import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'DeviationStatisticsWebPartStrings';
import { IDeviationStatistics } from '../../../domain/deviations/statistics';
import { statisticsFor } from '../../../domain/deviations/statisticsAggregate';
import { descendantUnitIds } from '../../../domain/organisation';
import { useAsyncData } from '../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { format } from '../../../common/format';
import { IDeviationStatisticsProps } from './IDeviationStatisticsProps';
import { PeriodPreset, presetMonths } from '../period';
import { areaName, MISSING_KEY, monthName, sourceText, typeName } from '../labels';
import { StatisticsFilters } from './StatisticsFilters';
import { SummaryTiles } from './SummaryTiles';
import { MonthChart } from './MonthChart';
import { BreakdownTable } from './BreakdownTable';
import { UnitTable } from './UnitTable';
import { runDetached } from '../../../components/runDetached';

/** Regional follow-up: what is reported where, how fast it is handled, and what is left to do. */
export default function DeviationStatistics(props: IDeviationStatisticsProps): React.ReactElement {
  const { services, statistics } = props;
  const [preset, setPreset] = React.useState<PeriodPreset>('last12');
  const [unitId, setUnitId] = React.useState<number | undefined>(undefined);
  const [exportError, setExportError] = React.useState<unknown>(undefined);
  const [exporting, setExporting] = React.useState(false);
  const now = React.useMemo(() => services.now(), [services, preset]);
  const months = React.useMemo(() => presetMonths(preset, now), [preset, now]);
  const [data, reload] = useAsyncData(() => statistics.load(months), [statistics, months]);
  // Figures that were never compiled are not zero: there are none to show yet.
  const notCompiled = data.state === 'ready' && data.value.source === 'aggregate' && !data.value.computedAt;

  const result = React.useMemo((): IDeviationStatistics | undefined => {
    if (data.state !== 'ready' || notCompiled) return undefined;
    const units = data.value.units;
    const unitIds = unitId === undefined ? undefined : descendantUnitIds(units, unitId);
    return statisticsFor(data.value, { units, unitIds, months, now, missingKey: MISSING_KEY });
  }, [data, notCompiled, unitId, months, now]);

  const units = data.state === 'ready' ? data.value.units : [];
  const scopeName = unitId === undefined ? strings.WholeRegion : (units.filter((unit) => unit.id === unitId)[0] || { title: '' }).title;
  const periodText = months.length > 0 ? `${monthName(months[0])} – ${monthName(months[months.length - 1])}` : '';
  const source = data.state === 'ready' ? sourceText(data.value) : '';

  const exportToExcel = async (): Promise<void> => {
    if (!result) return;
    setExporting(true);
    setExportError(undefined);
    try {
      const { exportStatisticsToExcel } = await import(/* webpackChunkName: 'trygg-statistics-export' */ '../export/exportStatistics');
      exportStatisticsToExcel(result, scopeName, periodText, source, `${strings.ExportFileName}-${months[0]}--${months[months.length - 1]}.xlsx`);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section data-trygg="deviation-statistics" aria-labelledby="trygg-statistics-title" style={{ maxWidth: 1100 }}>
      <Stack tokens={{ childrenGap: 16 }}>
        <Text as="h2" id="trygg-statistics-title" variant="xLarge" block styles={{ root: { margin: 0 } }}>
          {props.title || strings.DefaultTitle}
        </Text>
        <StatisticsFilters preset={preset} onPresetChange={setPreset} units={units} unitId={unitId} onUnitChange={setUnitId} />
        {data.state === 'loading' && <Spinner label={common.Loading} />}
        {data.state === 'failed' && <ErrorMessageBar error={data.error} onRetry={reload} />}
        {notCompiled && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline data-trygg="statistics-source">
            {source}
          </MessageBar>
        )}
        {result && (
          <>
            <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
              <Stack>
                <Text role="status" aria-live="polite">
                  {format(strings.ScopeSummary, scopeName, periodText)}
                </Text>
                <Text variant="small" data-trygg="statistics-source">
                  {source}
                </Text>
              </Stack>
              <DefaultButton
                iconProps={{ iconName: 'ExcelDocument' }}
                text={strings.ExportToExcel}
                disabled={exporting}
                onClick={() => runDetached(exportToExcel())}
              />
            </Stack>
            {exportError !== undefined && <ErrorMessageBar error={exportError} onDismiss={() => setExportError(undefined)} />}
            <SummaryTiles statistics={result} />
            {result.total === 0 ? (
              <Text block>{strings.NoCasesInPeriod}</Text>
            ) : (
              <>
                <MonthChart months={result.months} counts={result.byMonth} />
                <BreakdownTable
                  id="area"
                  caption={strings.AreasCaption}
                  keyHeading={strings.ColumnArea}
                  rows={result.byArea}
                  months={result.months}
                  total={result.total}
                  label={areaName}
                />
                <BreakdownTable
                  id="type"
                  caption={strings.TypesCaption}
                  keyHeading={strings.ColumnType}
                  rows={result.byType}
                  months={result.months}
                  total={result.total}
                  label={typeName}
                />
                <UnitTable rows={result.byUnit} />
              </>
            )}
          </>
        )}
      </Stack>
    </section>
  );
}
