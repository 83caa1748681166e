import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { Label } from '@fluentui/react/lib/Label';
import * as common from 'TryggStrings';
import * as strings from 'RiskRegisterWebPartStrings';
import { ITryggServices } from '../../../../services/ITryggServices';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { format } from '../../../../common/format';
import { IRegisterFilter, searchLoaded, sortLoaded, toRiskQuery } from '../../registerFilter';
import { ICellSelection } from '../../heatMapCounts';
import { cellLabel } from '../../labels';
import { IRegisterContext, unitsForNewRisk } from '../registerContext';
import { RegisterFilters } from './RegisterFilters';
import { RiskTable } from './RiskTable';
import { useRiskPages } from './useRiskPages';
import { ExportButton } from '../excel/ExportButton';

// The import panel (mapping, preview, result) loads when first opened.
const RiskImportPanel = React.lazy(() => import(/* webpackChunkName: 'trygg-risk-import' */ '../excel/RiskImportPanel').then((module) => ({ default: module.RiskImportPanel })));

export interface IRegisterViewProps {
  services: ITryggServices;
  context: IRegisterContext;
  filter: IRegisterFilter;
  onFilterChange: (filter: IRegisterFilter) => void;
  /** A heat map cell the user picked: the register shows exactly its risks. */
  cell?: ICellSelection;
  onClearCell: () => void;
  onOpen: (riskNumber: string) => void;
  onNew: () => void;
  focusRiskNumber?: string;
}

/** The register: filters sent to SharePoint, a search over what is loaded, and "Visa fler" page by page. */
export function RegisterView(props: IRegisterViewProps): React.ReactElement {
  const { services, context, filter, cell } = props;
  // One "now" per view, so that due reviews agree across the list.
  const now = React.useMemo(() => services.now(), [services]);
  const query = React.useMemo(() => toRiskQuery(filter, { units: context.units, myId: context.me.id, now }), [filter, context, now]);
  // A picked heat-map cell shows exactly its risks, read by id a page at a time.
  const read = React.useMemo(() => (cell ? { ids: cell.riskIds, sort: filter.sort, pageSize: 50 } : query), [cell, query, filter.sort]);
  const [pages, reload, more] = useRiskPages(services.risks, read, context.opened);
  const [search, setSearch] = React.useState('');
  const [importOpen, setImportOpen] = React.useState(false);
  const mayAdd = unitsForNewRisk(context).length > 0;

  const loaded = React.useMemo(() => (pages.state !== 'ready' ? [] : cell ? sortLoaded(pages.items, filter.sort) : pages.items), [pages, cell, filter.sort]);
  const shown = React.useMemo(() => searchLoaded(loaded, search), [loaded, search]);
  const ready = pages.state === 'ready';
  const hasMore = pages.state === 'ready' && pages.hasMore;

  const countText = (): string => {
    if (loaded.length === 0) return strings.NoRisks;
    if (search.trim()) return format(strings.SearchCount, shown.length, loaded.length);
    return format(hasMore ? strings.LoadedCountMore : strings.LoadedCount, loaded.length);
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="end" wrap tokens={{ childrenGap: 8 }}>
        <Text block styles={{ root: { maxWidth: 640 } }}>
          {strings.RegisterIntro}
        </Text>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {mayAdd && <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.NewRisk} onClick={props.onNew} />}
          <DefaultButton iconProps={{ iconName: 'Refresh' }} text={strings.Refresh} onClick={reload} />
          <ExportButton
            risks={services.risks}
            query={cell ? 'none' : query}
            matches={(risk) => searchLoaded([risk], search).length > 0}
            matrix={context.matrix}
            units={context.units}
            now={services.now}
          />
          {mayAdd && <DefaultButton iconProps={{ iconName: 'Upload' }} text={strings.ImportButton} onClick={() => setImportOpen(true)} />}
        </Stack>
      </Stack>
      {importOpen && (
        <React.Suspense fallback={<Spinner label={common.Loading} />}>
          <RiskImportPanel importer={services.riskImport} matrix={context.matrix} isOpen={importOpen} onDismiss={() => setImportOpen(false)} onImported={reload} />
        </React.Suspense>
      )}
      <RegisterFilters filter={filter} units={context.units} matrix={context.matrix} onChange={props.onFilterChange} />
      {cell && (
        <MessageBar
          messageBarType={MessageBarType.info}
          isMultiline
          data-cell-filter={`${cell.kind}-${cell.likelihood}-${cell.consequence}`}
          actions={<DefaultButton text={strings.ClearCell} onClick={props.onClearCell} />}
        >
          {format(strings.CellFilterNotice, strings.HeatMapKinds[cell.kind], cellLabel(context.matrix, cell.likelihood, cell.consequence))}
        </MessageBar>
      )}
      <div>
        <Label htmlFor="trygg-risk-search">{strings.SearchLabel}</Label>
        <SearchBox id="trygg-risk-search" value={search} onChange={(_, value) => setSearch(value || '')} ariaLabel={strings.SearchLabel} aria-describedby="trygg-risk-search-hint" />
        <Text id="trygg-risk-search-hint" variant="small" block>
          {strings.SearchHint}
        </Text>
      </div>
      {pages.state === 'loading' && <Spinner label={common.Loading} />}
      {pages.state === 'failed' && <ErrorMessageBar error={pages.error} onRetry={reload} />}
      {ready && (
        <>
          <Text role="status" aria-live="polite" data-shown-count={shown.length}>
            {countText()}
          </Text>
          {shown.length > 0 && (
            <RiskTable risks={shown} context={context} now={now} caption={strings.TableCaption} onOpen={props.onOpen} focusRiskNumber={props.focusRiskNumber} />
          )}
          {pages.state === 'ready' && pages.moreError !== undefined && <ErrorMessageBar error={pages.moreError} onRetry={more} />}
          {hasMore && (
            <DefaultButton
              text={strings.ShowMore}
              disabled={pages.state === 'ready' && pages.loadingMore}
              onClick={more}
              styles={{ root: { alignSelf: 'flex-start' } }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
