import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'RiskRegisterWebPartStrings';
import { useAsyncData } from '../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { DEFAULT_REGISTER_FILTER, IRegisterFilter } from '../registerFilter';
import { ICellSelection } from '../heatMapCounts';
import { IRiskRegisterProps } from './IRiskRegisterProps';
import { IRegisterContext, loadRegisterAccess } from './registerContext';
import { RegisterView } from './register/RegisterView';
import { HeatMapView } from './heatmap/HeatMapView';
import { MatrixView } from './matrix/MatrixView';
import { ScanningView } from './scanning/ScanningView';

// A risk's page (forms, people pickers, actions, acceptance) loads only when a risk is opened.
const RiskView = React.lazy(() => import(/* webpackChunkName: 'trygg-risk-view' */ './risk/RiskView'));

type Tab = 'register' | 'heatMap' | 'scanning' | 'matrix';
/** A stored risk by its number, or a new one being written. */
type Opened = { readonly kind: 'risk'; readonly riskNumber: string } | { readonly kind: 'new' };

/** The register, its heat map and the matrix; one risk at a time when opened. */
export default function RiskRegister(props: IRiskRegisterProps): React.ReactElement {
  const { services } = props;
  // The first page comes with the matrix only as the register first opens: after a reload (a new
  // matrix saved) the view in use reads its own, so no page read meanwhile is shown later as fresh.
  const opening = React.useRef(!props.initialRiskNumber);
  const [access, reload] = useAsyncData(() => {
    const withFirstPage = opening.current;
    opening.current = false;
    return loadRegisterAccess(services, withFirstPage);
  }, [services]);
  const [tab, setTab] = React.useState<Tab>('register');
  // Kept here, so that filters and the picked cell survive opening a risk and coming back.
  const [filter, setFilter] = React.useState<IRegisterFilter>(DEFAULT_REGISTER_FILTER);
  const [cell, setCell] = React.useState<ICellSelection | undefined>(undefined);
  const [opened, setOpened] = React.useState<Opened | undefined>(props.initialRiskNumber ? { kind: 'risk', riskNumber: props.initialRiskNumber } : undefined);
  const [lastOpened, setLastOpened] = React.useState<string | undefined>(undefined);
  const heading = props.title || strings.DefaultTitle;

  const open = React.useCallback((riskNumber: string) => {
    setLastOpened(riskNumber);
    setOpened({ kind: 'risk', riskNumber });
  }, []);
  const back = React.useCallback(() => setOpened(undefined), []);

  const changeFilter = (next: IRegisterFilter): void => {
    setCell(undefined);
    setFilter(next);
  };
  const pickCell = (selection: ICellSelection): void => {
    setCell(selection);
    setTab('register');
  };

  const body = (context: IRegisterContext): React.ReactElement => {
    if (opened) {
      return (
        <React.Suspense fallback={<Spinner label={common.Loading} />}>
          <RiskView services={services} context={context} riskNumber={opened.kind === 'risk' ? opened.riskNumber : undefined} onBack={back} onOpen={open} />
        </React.Suspense>
      );
    }
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <Pivot selectedKey={tab} onLinkClick={(item) => item && setTab(item.props.itemKey as Tab)} headersOnly aria-label={strings.ViewsLabel}>
          <PivotItem itemKey="register" headerText={strings.TabRegister} />
          <PivotItem itemKey="heatMap" headerText={strings.TabHeatMap} />
          <PivotItem itemKey="scanning" headerText={strings.TabScanning} />
          <PivotItem itemKey="matrix" headerText={strings.TabMatrix} />
        </Pivot>
        {tab === 'register' && (
          <RegisterView
            services={services}
            context={context}
            filter={filter}
            onFilterChange={changeFilter}
            cell={cell}
            onClearCell={() => setCell(undefined)}
            onOpen={open}
            onNew={() => setOpened({ kind: 'new' })}
            focusRiskNumber={lastOpened}
          />
        )}
        {tab === 'heatMap' && <HeatMapView services={services} context={context} filter={filter} onPickCell={pickCell} />}
        {tab === 'scanning' && <ScanningView services={services} context={context} onOpenRisk={open} />}
        {tab === 'matrix' && <MatrixView services={services} context={context} onSaved={reload} />}
      </Stack>
    );
  };

  return (
    <section data-trygg="risk-register" aria-label={heading} style={{ maxWidth: 1200 }}>
      <Stack tokens={{ childrenGap: 12 }}>
        {/* An open risk's own heading takes this level. */}
        {(!opened || access.state !== 'ready' || !access.value.allowed) && (
          <Text as="h2" id="trygg-risk-register-title" variant="xLarge" block styles={{ root: { margin: 0 } }}>
            {heading}
          </Text>
        )}
        {access.state === 'loading' && <Spinner label={common.Loading} />}
        {access.state === 'failed' && <ErrorMessageBar error={access.error} onRetry={reload} />}
        {access.state === 'ready' && !access.value.allowed && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline data-trygg="risk-register-refused">
            {strings.NotForYou}
          </MessageBar>
        )}
        {access.state === 'ready' && access.value.allowed && body(access.value)}
      </Stack>
    </section>
  );
}
