import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as common from 'TryggStrings';
import * as strings from 'DeviationReportWebPartStrings';
import { IDeviation, IDeviationDraft } from '../../../domain/deviations/types';
import { IRoutingDecision } from '../../../domain/deviations/routing';
import { DraftField } from '../../../domain/deviations/draftValidation';
import { FieldErrors } from '../../../domain/validation';
import { deviceStorage, IQueuedReport, SendResult } from '../../../services/deviations/ReportQueue';
import { format } from '../../../common/format';
import { useAsyncData } from '../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { IDeviationReportProps } from './IDeviationReportProps';
import { loadReporterContext } from './reporterContext';
import { emptyValues, fromDraft, IReportFormValues } from './form/reportFormValues';
import { ReportForm } from './form/ReportForm';
import { useReportQueue } from './queue/useReportQueue';
import { QueueStatus } from './queue/QueueStatus';
import { SavedOnDevice } from './queue/SavedOnDevice';
import { Receipt } from './receipt/Receipt';
import { MyReports } from './myReports/MyReports';

type Tab = 'report' | 'mine';

/** Where the report the reporter is working on stands. */
type Phase =
  | { readonly kind: 'editing'; readonly replaceId?: string; readonly serverErrors?: FieldErrors<DraftField>; readonly notKept?: boolean }
  | { readonly kind: 'sending'; readonly id: string }
  | { readonly kind: 'saved'; readonly id: string }
  | { readonly kind: 'receipt'; readonly deviation: IDeviation; readonly routing: IRoutingDecision };

const visuallyHidden: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  border: 0
};

function statusText(phase: Phase): string {
  if (phase.kind === 'sending') return strings.Sending;
  if (phase.kind === 'saved') return strings.SavedOnDevice;
  if (phase.kind === 'receipt') return `${strings.ReceiptHeading}: ${phase.deviation.caseNumber}`;
  return '';
}

/**
 * Report a deviation in under a minute, and follow one's own reports. A report is kept on the
 * device before it is sent and stays there until the server confirms it.
 */
export default function DeviationReport(props: IDeviationReportProps): React.ReactElement {
  const { services } = props;
  const storage = React.useMemo(() => props.storage || deviceStorage(), [props.storage]);
  const [context, reloadContext] = useAsyncData(() => loadReporterContext(services), [services]);
  const [user] = useAsyncData(
    () => (props.userKey ? Promise.resolve(props.userKey) : services.currentUser.get().then((me) => me.email || me.loginName)),
    [services, props.userKey]
  );
  const [tab, setTab] = React.useState<Tab>('report');
  const [values, setValues] = React.useState<IReportFormValues | undefined>(undefined);
  const [phase, setPhase] = React.useState<Phase>({ kind: 'editing' });
  const [sentLater, setSentLater] = React.useState<readonly string[]>([]);
  const [reportsVersion, setReportsVersion] = React.useState(0);
  // The id of the report on screen, read by results that arrive from the background.
  const currentId = React.useRef<string | undefined>(undefined);

  const newReport = React.useCallback((): void => {
    currentId.current = undefined;
    setValues(context.state === 'ready' ? emptyValues(services.now(), context.value.ownUnitId) : undefined);
    setPhase({ kind: 'editing' });
  }, [context, services]);

  React.useEffect(() => {
    if (context.state === 'ready' && !values) setValues(emptyValues(services.now(), context.value.ownUnitId));
  }, [context, values, services]);

  const onResults = (results: readonly SendResult[]): void => {
    const later: string[] = [];
    for (const result of results) {
      const isCurrent = result.kind !== 'skipped' && result.report.id === currentId.current;
      if (result.kind === 'sent') {
        if (isCurrent) setPhase({ kind: 'receipt', deviation: result.outcome.deviation, routing: result.outcome.routing });
        else later.push(result.outcome.deviation.caseNumber);
        setReportsVersion((n) => n + 1);
      } else if (result.kind === 'rejected' && isCurrent) {
        setPhase({ kind: 'editing', replaceId: result.report.id, serverErrors: result.errors });
      } else if (result.kind === 'kept' && isCurrent) {
        setPhase({ kind: 'saved', id: result.report.id });
      }
    }
    if (later.length > 0) setSentLater((before) => [...before, ...later]);
  };

  const queue = useReportQueue({
    reporting: services.reporting,
    storage,
    userKey: user.state === 'ready' ? user.value : undefined,
    now: services.now,
    onResults
  });

  const send = (draft: IDeviationDraft): void => {
    const replaceId = phase.kind === 'editing' ? phase.replaceId : undefined;
    const kept = queue.keep(draft, replaceId);
    if (!kept) {
      setPhase({ kind: 'editing', replaceId, notKept: true });
      return;
    }
    currentId.current = kept.id;
    setPhase({ kind: 'sending', id: kept.id });
    queue.send(kept.id);
  };

  const correct = (report: IQueuedReport): void => {
    currentId.current = report.id;
    setValues(fromDraft(report.draft));
    setPhase({ kind: 'editing', replaceId: report.id, serverErrors: report.rejected });
    setTab('report');
  };

  const changeValues = (next: IReportFormValues): void => {
    setValues(next);
    // The server's objections were to what was sent; once the reporter edits, the form's own checks rule.
    if (phase.kind === 'editing' && (phase.serverErrors || phase.notKept)) setPhase({ kind: 'editing', replaceId: phase.replaceId });
  };

  const heading = props.title || strings.DefaultTitle;
  const compact = props.host === 'teams';
  return (
    <div data-trygg="deviation-report" style={{ maxWidth: 640, padding: compact ? '8px 12px' : 0, boxSizing: 'border-box' }}>
      <div role="status" aria-live="polite" style={visuallyHidden} data-trygg="live-status">
        {statusText(phase)}
      </div>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant={compact ? 'large' : 'xLarge'} block styles={{ root: { margin: 0 } }}>
          {heading}
        </Text>
        {sentLater.length > 0 && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline onDismiss={() => setSentLater([])} data-trygg="sent-later">
            {format(strings.QueueSentLater, sentLater.join(', '))}
          </MessageBar>
        )}
        <QueueStatus
          pending={phase.kind === 'editing' || phase.kind === 'sending' ? queue.pending.filter((report) => report.id !== currentId.current) : queue.pending}
          onSendNow={queue.sendNow}
          onCorrect={correct}
        />
        <Pivot selectedKey={tab} onLinkClick={(item) => item && setTab(item.props.itemKey as Tab)} headersOnly>
          <PivotItem itemKey="report" headerText={strings.TabReport} />
          <PivotItem itemKey="mine" headerText={strings.TabMyReports} />
        </Pivot>
        {tab === 'mine' && <MyReports reporting={services.reporting} pending={queue.pending} version={reportsVersion} />}
        {tab === 'report' && (
          <>
            {context.state === 'loading' && <Spinner label={common.Loading} />}
            {context.state === 'failed' && <ErrorMessageBar error={context.error} onRetry={reloadContext} />}
            {phase.kind === 'receipt' && (
              <Receipt deviation={phase.deviation} routing={phase.routing} onReportAnother={newReport} onShowMyReports={() => setTab('mine')} />
            )}
            {phase.kind === 'saved' && <SavedOnDevice onReportAnother={newReport} />}
            {(phase.kind === 'editing' || phase.kind === 'sending') && context.state === 'ready' && values && (
              <>
                <Text block>{strings.Intro}</Text>
                {phase.kind === 'editing' && phase.notKept && (
                  <MessageBar messageBarType={MessageBarType.error} role="alert">
                    {strings.ErrorCouldNotSave}
                  </MessageBar>
                )}
                <ReportForm
                  values={values}
                  onChange={changeValues}
                  units={context.value.units}
                  now={services.now}
                  sending={phase.kind === 'sending'}
                  ready={queue.ready}
                  serverErrors={phase.kind === 'editing' ? phase.serverErrors : undefined}
                  onSend={send}
                />
              </>
            )}
          </>
        )}
      </Stack>
    </div>
  );
}
