import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Label } from '@fluentui/react/lib/Label';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IPerson } from '../../../../domain/organisation';
import { IDocumentFilter, IDocumentListPage } from '../../../../services/documents/IGoverningDocumentsService';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { ITryggServices } from '../../../../services/ITryggServices';
import { usePages } from '../../../../components/usePages';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { format } from '../../../../common/format';
import { IDocumentsContext, keepsDocuments } from '../documentsContext';
import { DocumentFilters } from './DocumentFilters';
import { ownersOf } from '../documentOwners';
import { DocumentTable } from './DocumentTable';

export interface IDocumentListViewProps {
  services: ITryggServices;
  context: IDocumentsContext;
  /** Kept by the web part, so that filters survive opening a document and coming back. */
  filter: IDocumentFilter;
  onFilterChange: (filter: IDocumentFilter) => void;
  onOpen: (id: number) => void;
  focusId?: string;
}

/** Words typed are sent this long after the last key, not on every key. */
const SEARCH_DELAY_MS = 300;

function countText(shown: number, hasMore: boolean): string {
  if (shown === 0) return hasMore ? strings.NoMatchesYet : strings.NoMatches;
  return format(hasMore ? strings.ShownCountMore : strings.ShownCount, shown);
}

/** The documents the user may see, a page at a time, searched on number and title and filtered where SharePoint can. */
export function DocumentListView(props: IDocumentListViewProps): React.ReactElement {
  const { services, context, filter } = props;
  const [text, setText] = React.useState(filter.text || '');
  const key = JSON.stringify(filter);
  const [pages, reload, more] = usePages<IGoverningDocument, IDocumentListPage>(() => services.documents.list(filter), key, (page) => ({
    items: page.documents,
    next: page.more
  }));
  const now = React.useMemo(() => services.now(), [services, pages]);
  // Every owner, read once beside the first page: the choice neither waits for it nor shrinks as the filter narrows.
  const [everyOwner] = useAsyncData(() => services.documents.owners(), [services]);
  // Until then (or if that read fails), the owners of the documents shown.
  const owners: readonly IPerson[] = everyOwner.state === 'ready' ? everyOwner.value : pages.state === 'ready' ? ownersOf(pages.items) : [];

  React.useEffect(() => {
    const words = text.trim() || undefined;
    if (words === filter.text) return undefined;
    const timer = setTimeout(() => props.onFilterChange({ ...filter, text: words }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  return (
    <Stack tokens={{ childrenGap: 12 }} data-view="list">
      <Stack horizontal horizontalAlign="space-between" verticalAlign="end" wrap tokens={{ childrenGap: 8 }}>
        <Text block styles={{ root: { maxWidth: 720 } }}>
          {keepsDocuments(context) ? strings.ListIntroKeeper : strings.ListIntroReader}
        </Text>
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text={strings.Refresh} onClick={reload} />
      </Stack>
      <div>
        <Label htmlFor="trygg-document-search">{strings.SearchLabel}</Label>
        <SearchBox
          id="trygg-document-search"
          value={text}
          onChange={(_, value) => setText(value || '')}
          onSearch={(value) => props.onFilterChange({ ...filter, text: value.trim() || undefined })}
          ariaLabel={strings.SearchLabel}
          aria-describedby="trygg-document-search-hint"
        />
        <Text id="trygg-document-search-hint" variant="small" block>
          {strings.SearchHint}
        </Text>
      </div>
      <DocumentFilters filter={filter} units={context.units} owners={owners} showStatus={keepsDocuments(context)} onChange={props.onFilterChange} />
      {pages.state === 'loading' && <Spinner label={common.Loading} />}
      {pages.state === 'failed' && <ErrorMessageBar error={pages.error} onRetry={reload} />}
      {pages.state === 'ready' && (
        <>
          <Text role="status" aria-live="polite" data-shown-count={pages.items.length}>
            {countText(pages.items.length, pages.hasMore)}
          </Text>
          {pages.items.length > 0 && (
            <DocumentTable documents={pages.items} units={context.units} now={now} caption={strings.TableCaption} onOpen={props.onOpen} focusId={props.focusId} />
          )}
          {pages.moreError !== undefined && <ErrorMessageBar error={pages.moreError} onRetry={more} />}
          {pages.hasMore && (
            <DefaultButton
              text={pages.items.length > 0 ? strings.ShowMore : strings.SearchOn}
              disabled={pages.loadingMore}
              onClick={more}
              styles={{ root: { alignSelf: 'flex-start' } }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
