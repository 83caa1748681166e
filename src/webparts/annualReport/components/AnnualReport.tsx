import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'AnnualReportWebPartStrings';
import { format } from '../../../common/format';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { renderUnitOption, unitOptions } from '../../../components/unitOptions';
import { useAsyncData } from '../../../components/useAsyncData';
import { IOrganisationUnit } from '../../../domain/organisation';
import { ITryggServices } from '../../../services/ITryggServices';
import { reportYears } from '../labels';
import { ExportButtons } from './ExportButtons';
import { ReportPreview } from './ReportPreview';
import { useReportBuild } from './useReportBuild';

export interface IAnnualReportProps {
  services: ITryggServices;
  title?: string;
}

const REGION_KEY = 'region';

/** A manager starts with the unit they lead; the security function and everyone else with the region. */
function startingUnit(units: readonly IOrganisationUnit[], user: { email: string; roles: { securityFunction: boolean; manager: boolean } }): number | undefined {
  if (user.roles.securityFunction || !user.roles.manager) return undefined;
  const email = user.email.toLowerCase();
  const led = units.filter((unit) => unit.manager && unit.manager.email.toLowerCase() === email);
  return led.length > 0 ? led[0].id : undefined;
}

function ReportBody(props: { services: ITryggServices; units: IOrganisationUnit[]; initialUnitId?: number }): React.ReactElement {
  const { services, units } = props;
  const years = React.useMemo(() => reportYears(services.now()), [services]);
  const [year, setYear] = React.useState(years[0]);
  const [unitId, setUnitId] = React.useState<number | undefined>(props.initialUnitId);
  const [build, retry] = useReportBuild(services.annualReport, year, unitId);

  const scopeOptions: IDropdownOption[] = React.useMemo(() => [{ key: REGION_KEY, text: strings.WholeRegion }, ...unitOptions(units)], [units]);
  const progress = build.kind === 'building' ? build.progress : undefined;
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <Dropdown
          label={strings.YearLabel}
          options={years.map((value) => ({ key: value, text: String(value) }))}
          selectedKey={year}
          onChange={(_, option) => option && setYear(Number(option.key))}
          styles={{ root: { minWidth: 120 } }}
          data-trygg="annual-report-year"
        />
        <Dropdown
          label={strings.ScopeLabel}
          options={scopeOptions}
          selectedKey={unitId === undefined ? REGION_KEY : unitId}
          onRenderOption={renderUnitOption}
          onChange={(_, option) => option && setUnitId(option.key === REGION_KEY ? undefined : Number(option.key))}
          styles={{ root: { minWidth: 280, maxWidth: 420 } }}
          data-trygg="annual-report-scope"
        />
      </Stack>
      {build.kind === 'building' && (
        <ProgressIndicator
          label={strings.Gathering}
          description={progress ? format(strings.StepProgress, progress.index, progress.total, strings.Steps[progress.step]) : common.Loading}
          percentComplete={progress ? progress.index / progress.total : undefined}
          data-trygg="annual-report-progress"
        />
      )}
      {build.kind === 'failed' && <ErrorMessageBar error={build.error} onRetry={retry} />}
      {build.kind === 'ready' && <ReportPreview report={build.report} />}
      {build.kind !== 'failed' && <ExportButtons report={build.kind === 'ready' ? build.report : undefined} />}
    </Stack>
  );
}

/** Årsuppföljning: the year's follow-up for the region or a unit, previewed and downloaded as Excel or PDF. */
export default function AnnualReport(props: IAnnualReportProps): React.ReactElement {
  const { services } = props;
  const [start, reload] = useAsyncData(() => Promise.all([services.units.getAll(), services.currentUser.get()]), [services]);
  return (
    <section data-trygg="annual-report" aria-labelledby="trygg-annual-report-title" style={{ maxWidth: 1100 }}>
      <Stack tokens={{ childrenGap: 16 }}>
        <Text as="h2" id="trygg-annual-report-title" variant="xLarge" block styles={{ root: { margin: 0 } }}>
          {props.title || strings.DefaultTitle}
        </Text>
        <Text block>{strings.Intro}</Text>
        {start.state === 'loading' && <Spinner label={common.Loading} />}
        {start.state === 'failed' && <ErrorMessageBar error={start.error} onRetry={reload} />}
        {start.state === 'ready' && <ReportBody services={services} units={start.value[0]} initialUnitId={startingUnit(start.value[0], start.value[1])} />}
      </Stack>
    </section>
  );
}
