import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IDocumentFilter } from '../../../services/documents/IGoverningDocumentsService';
import { useAsyncData } from '../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { IGovernanceDocumentsProps } from './IGovernanceDocumentsProps';
import { IDocumentsContext, IMyWork, isSecurityFunction, keepsDocuments, loadDocumentsContext, loadMyWork } from './documentsContext';
import { DocumentTreeView } from './tree/DocumentTreeView';
import { DocumentListView } from './list/DocumentListView';
import { OwnerQueueView } from './work/OwnerQueueView';
import { ApprovalQueueView } from './work/ApprovalQueueView';
import { MyConsultationsView } from './work/MyConsultationsView';
import { ReadingListView } from './work/ReadingListView';

// A document's page (its forms, the remiss and approval) and the registration form load only when used.
const DocumentView = React.lazy(() => import(/* webpackChunkName: 'trygg-document-view' */ './document/DocumentView'));
const RegisterDocumentView = React.lazy(() => import(/* webpackChunkName: 'trygg-document-register' */ './register/RegisterDocumentView'));

type Tab = 'tree' | 'list' | 'queue' | 'approval' | 'consultations' | 'reading' | 'register';

/** The documents' tree and list for everyone; the work a role has (queue, approval, remiss, reading) as tabs of its own. */
export default function GovernanceDocuments(props: IGovernanceDocumentsProps): React.ReactElement {
  const { services } = props;
  const [context, reloadContext] = useAsyncData(() => loadDocumentsContext(services), [services]);
  const [work, reloadWork] = useAsyncData<IMyWork | undefined>(
    () => (context.state === 'ready' ? loadMyWork(services, context.value) : Promise.resolve(undefined)),
    [services, context]
  );
  const lastWork = React.useRef<IMyWork | undefined>(undefined);
  if (work.state === 'ready' && work.value) lastWork.current = work.value;
  const [tab, setTab] = React.useState<Tab>('tree');
  // Kept here, so that the list's filters survive opening a document and coming back.
  const [filter, setFilter] = React.useState<IDocumentFilter>({});
  // A document by its item id or number (a link); kept apart from the tab so that coming back lands where the user was.
  const [opened, setOpened] = React.useState<string | undefined>(props.initialDocument);
  const [lastOpened, setLastOpened] = React.useState<string | undefined>(undefined);
  const heading = props.title || strings.DefaultTitle;

  const open = React.useCallback((id: number) => {
    setLastOpened(String(id));
    setOpened(String(id));
  }, []);
  const back = React.useCallback(() => setOpened(undefined), []);

  const body = (ctx: IDocumentsContext): React.ReactElement => {
    if (opened) {
      return (
        <React.Suspense fallback={<Spinner label={common.Loading} />}>
          <DocumentView key={opened} services={services} context={ctx} target={opened} onBack={back} onOpen={open} onChanged={reloadWork} />
        </React.Suspense>
      );
    }
    // While the queues are read again after a step, the tabs stay as they were: the view in use keeps its message.
    const mine = work.state === 'ready' ? work.value : lastWork.current;
    const openRounds = mine ? mine.consultations.filter((round) => round.status === 'Öppen').length : 0;
    const count = (items: readonly unknown[] | undefined): number | undefined => (items && items.length > 0 ? items.length : undefined);
    const tabs: { key: Tab; text: string; count?: number }[] = [
      { key: 'tree', text: strings.TabTree },
      { key: 'list', text: strings.TabList }
    ];
    if (ctx.me.roles.documentOwner) tabs.push({ key: 'queue', text: strings.TabQueue, count: count(mine && mine.queue) });
    if (isSecurityFunction(ctx)) tabs.push({ key: 'approval', text: strings.TabApproval, count: (mine && mine.awaitingApproval && mine.awaitingApproval.total) || undefined });
    // These two tabs are for those who have something in them; the one in use stays while its last item is done.
    if (mine && (mine.consultations.length > 0 || tab === 'consultations')) tabs.push({ key: 'consultations', text: strings.TabConsultations, count: openRounds || undefined });
    if (mine && (mine.readingList.total > 0 || tab === 'reading')) tabs.push({ key: 'reading', text: strings.TabReading, count: mine.readingList.total || undefined });
    if (keepsDocuments(ctx)) tabs.push({ key: 'register', text: strings.TabRegister });
    const shown = tabs.some((candidate) => candidate.key === tab) ? tab : 'tree';

    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {/* Up to seven tabs: they wrap onto a second line in a Teams tab or on a phone rather than being cut off. */}
        <Pivot
          selectedKey={shown}
          onLinkClick={(item) => item && setTab(item.props.itemKey as Tab)}
          headersOnly
          aria-label={strings.ViewsLabel}
          styles={{ root: { whiteSpace: 'normal' } }}
        >
          {tabs.map((item) => (
            <PivotItem key={item.key} itemKey={item.key} headerText={item.text} itemCount={item.count} />
          ))}
        </Pivot>
        {work.state === 'failed' && <ErrorMessageBar error={work.error} onRetry={reloadWork} />}
        {shown === 'tree' && <DocumentTreeView services={services} context={ctx} onOpen={open} focusId={lastOpened} />}
        {shown === 'list' && <DocumentListView services={services} context={ctx} filter={filter} onFilterChange={setFilter} onOpen={open} focusId={lastOpened} />}
        {shown === 'queue' && <OwnerQueueView services={services} context={ctx} work={work} onOpen={open} onChanged={reloadWork} />}
        {shown === 'approval' && <ApprovalQueueView services={services} context={ctx} work={work} onOpen={open} onRetry={reloadWork} />}
        {shown === 'consultations' && <MyConsultationsView services={services} context={ctx} work={work} onChanged={reloadWork} />}
        {shown === 'reading' && <ReadingListView services={services} context={ctx} work={work} onOpen={open} onChanged={reloadWork} />}
        {shown === 'register' && (
          <React.Suspense fallback={<Spinner label={common.Loading} />}>
            <RegisterDocumentView
              services={services}
              context={ctx}
              onRegistered={(document) => {
                reloadWork();
                open(document.id);
              }}
            />
          </React.Suspense>
        )}
      </Stack>
    );
  };

  return (
    <section data-trygg="governance-documents" data-work={work.state} aria-label={heading} style={{ maxWidth: 1200 }}>
      <Stack tokens={{ childrenGap: 12 }}>
        {/* An open document's own heading takes this level. */}
        {(!opened || context.state !== 'ready') && (
          <Text as="h2" id="trygg-documents-title" variant="xLarge" block styles={{ root: { margin: 0 } }}>
            {heading}
          </Text>
        )}
        {context.state === 'loading' && <Spinner label={common.Loading} />}
        {context.state === 'failed' && <ErrorMessageBar error={context.error} onRetry={reloadContext} />}
        {context.state === 'ready' && body(context.value)}
      </Stack>
    </section>
  );
}
