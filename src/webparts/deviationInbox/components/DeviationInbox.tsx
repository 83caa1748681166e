import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import * as common from 'TryggStrings';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviationInboxProps } from './IDeviationInboxProps';
import { InboxView } from './inbox/InboxView';
import { DEFAULT_INBOX_FILTER, IInboxFilter } from '../inboxFilter';

// The case view (forms, people picker, conflict view) loads only when a case is opened.
const CaseView = React.lazy(() => import(/* webpackChunkName: 'trygg-deviation-case' */ './case/CaseView'));

/** The manager's inbox: the list of cases, and one case at a time when opened. */
export default function DeviationInbox(props: IDeviationInboxProps): React.ReactElement {
  const { services } = props;
  const [openCaseId, setOpenCaseId] = React.useState<string | number | undefined>(props.initialCaseId);
  // Kept here, so that the filters survive opening a case and coming back.
  const [filter, setFilter] = React.useState<IInboxFilter>(DEFAULT_INBOX_FILTER);
  const [lastOpened, setLastOpened] = React.useState<string | undefined>(undefined);

  const openCase = React.useCallback((caseNumber: string) => {
    setLastOpened(caseNumber);
    setOpenCaseId(caseNumber);
  }, []);
  const backToList = React.useCallback(() => setOpenCaseId(undefined), []);

  return (
    <div data-trygg="deviation-inbox" style={{ maxWidth: 1100 }}>
      {openCaseId !== undefined ? (
        <React.Suspense fallback={<Spinner label={common.Loading} />}>
          <CaseView services={services} caseId={openCaseId} onBack={backToList} onMoved={openCase} />
        </React.Suspense>
      ) : (
        <InboxView
          services={services}
          heading={props.title || strings.DefaultTitle}
          filter={filter}
          onFilterChange={setFilter}
          onOpen={openCase}
          focusCaseId={lastOpened}
        />
      )}
    </div>
  );
}
