import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { ActionButton, MessageBarButton } from '@fluentui/react/lib/Button';
import * as common from 'TryggStrings';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviation, IDeviationAction } from '../../../../domain/deviations/types';
import { isOpen, requiresSecurityApproval, TransitionBlocker } from '../../../../domain/deviations/workflow';
import { ITryggServices } from '../../../../services/ITryggServices';
import { HandlingResult } from '../../../../services/deviations/IDeviationHandlingService';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { applyChange, CaseChange, withChange } from '../../handling/caseChanges';
import { conflictRows } from '../../handling/conflictFields';
import { mayHandle } from '../../../../domain/deviations/handlers';
import { ICaseData, loadCase } from './caseData';
import { CaseHeader } from './CaseHeader';
import { ConflictView } from './ConflictView';
import { ReportDetails } from './ReportDetails';
import { TransitionSection } from './TransitionSection';
import { ClassificationSection } from './ClassificationSection';
import { CausesSection } from './CausesSection';
import { ActionsSection } from './ActionsSection';
import { FeedbackSection } from './FeedbackSection';
import { SecurityApprovalSection } from './SecurityApprovalSection';
import { ReassignSection } from './ReassignSection';
import { HistorySection } from './HistorySection';
import { RiskLinkSection } from './RiskLinkSection';
import { BlockerList } from './BlockerList';
import { runDetached } from '../../../../components/runDetached';
import { format } from '../../../../common/format';

export interface ICaseViewProps {
  services: ITryggServices;
  /** The case number (AVV-… or SKY-…), or an open case's item id from an old link. */
  caseId: string | number;
  onBack: () => void;
  /** The case moved to the protected list and has a new number. */
  onMoved: (caseNumber: string) => void;
}

interface IConflict {
  /** The version my change was made on. */
  readonly base: IDeviation;
  readonly change: CaseChange;
  /** The version stored now. */
  readonly theirs: IDeviation;
}

type Outcome =
  | { readonly kind: 'saved'; readonly change: CaseChange }
  | { readonly kind: 'moved'; readonly caseNumber: string }
  | { readonly kind: 'blocked'; readonly blockers: readonly TransitionBlocker[] }
  | { readonly kind: 'failed'; readonly error: unknown };

function savedMessage(change: CaseChange): string {
  return change.kind === 'feedback' ? strings.FeedbackSent : strings.Saved;
}

/** One case: the report as written and every handling step, with conflicts shown, never overwritten. */
export default function CaseView(props: ICaseViewProps): React.ReactElement {
  const { services, caseId } = props;
  const [data, reload, replace] = useAsyncData<ICaseData>(() => loadCase(services, caseId), [services, caseId]);
  const [busy, setBusy] = React.useState(false);
  const [conflict, setConflict] = React.useState<IConflict | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  const now = React.useMemo(() => services.now(), [services, data]);
  const loadRecipients = React.useCallback(() => services.handling.handoverRecipients(), [services]);

  if (data.state === 'loading') return <Spinner label={common.Loading} />;
  if (data.state === 'failed') {
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.BackToInbox} onClick={props.onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
        <ErrorMessageBar error={data.error} onRetry={reload} />
      </Stack>
    );
  }

  const current = data.value;
  const { deviation, actions, me } = current;
  const handler = mayHandle({ id: me.id, isSecurityFunction: me.roles.securityFunction }, deviation, current.units);
  const editable = handler && isOpen(deviation.status) && !conflict;
  const openActionCount = actions.filter((action) => action.status !== 'Klar').length;

  const settle = (change: CaseChange, base: IDeviation, result: HandlingResult): boolean => {
    if (result.kind === 'saved' && result.deviation.store !== base.store) {
      // Classified as sensitive: the case and its actions now live in the protected lists.
      setConflict(undefined);
      setOutcome({ kind: 'moved', caseNumber: result.deviation.caseNumber });
      props.onMoved(result.deviation.caseNumber);
      return true;
    }
    if (result.kind === 'saved') {
      replace({ ...current, deviation: result.deviation });
      setConflict(undefined);
      setOutcome({ kind: 'saved', change });
      return true;
    }
    if (result.kind === 'blocked') {
      setOutcome({ kind: 'blocked', blockers: result.blockers });
      return false;
    }
    setConflict({ base, change, theirs: result.theirs });
    setOutcome(undefined);
    return false;
  };

  const save = async (change: CaseChange, base: IDeviation = deviation): Promise<boolean> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      return settle(change, base, await applyChange(services.handling, base, change));
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const discardMine = (): void => {
    if (!conflict) return;
    replace({ ...current, deviation: conflict.theirs });
    setConflict(undefined);
  };

  const setActions = (next: IDeviationAction[]): void => replace({ ...current, actions: next });
  // Forms start from the stored case and start over whenever a new version arrives.
  const version = deviation.etag;

  return (
    <Stack tokens={{ childrenGap: 12 }} data-case-view={deviation.caseNumber}>
      <CaseHeader deviation={deviation} now={now} onBack={props.onBack} />

      {conflict && (
        <ConflictView
          changeName={strings.ChangeNames[conflict.change.kind]}
          savedBy={conflict.theirs.history.length > conflict.base.history.length ? conflict.theirs.history[conflict.theirs.history.length - 1].byName : undefined}
          rows={conflictRows(conflict.base, withChange(conflict.base, conflict.change, me), conflict.theirs)}
          busy={busy}
          onReapply={() => runDetached(save(conflict.change, conflict.theirs))}
          onDiscard={discardMine}
        />
      )}
      <div role="status" aria-live="polite">
        {outcome && outcome.kind === 'saved' && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setOutcome(undefined)}>
            {savedMessage(outcome.change)}
          </MessageBar>
        )}
        {outcome && outcome.kind === 'moved' && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline onDismiss={() => setOutcome(undefined)}>
            {format(strings.MovedToProtected, outcome.caseNumber)}
          </MessageBar>
        )}
      </div>
      {outcome && outcome.kind === 'blocked' && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline onDismiss={() => setOutcome(undefined)}>
          {strings.BlockedIntro}
          <BlockerList id="trygg-save-blockers" blockers={outcome.blockers} openActionCount={openActionCount} />
        </MessageBar>
      )}
      {outcome && outcome.kind === 'failed' && <ErrorMessageBar error={outcome.error} onDismiss={() => setOutcome(undefined)} />}
      {!handler && (
        <MessageBar messageBarType={MessageBarType.info}>{strings.ReadOnlyNotice}</MessageBar>
      )}
      {deviation.store === 'open' && handler && (deviation.sensitive || requiresSecurityApproval(deviation)) && (
        <MessageBar
          messageBarType={MessageBarType.severeWarning}
          isMultiline
          actions={
            <MessageBarButton disabled={busy} onClick={() => runDetached(save({ kind: 'protect' }))}>
              {strings.MoveToProtected}
            </MessageBarButton>
          }
        >
          {strings.UnprotectedNotice}
        </MessageBar>
      )}
      {deviation.store === 'protected' && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-protected-case>
          {strings.ProtectedNotice}
        </MessageBar>
      )}

      <ReportDetails deviation={deviation} />
      <TransitionSection
        key={`decision-${version}`}
        deviation={deviation}
        openActionCount={openActionCount}
        mayHandle={handler}
        busy={busy || !!conflict}
        onSave={save}
      />
      {requiresSecurityApproval(deviation) && (
        <SecurityApprovalSection deviation={deviation} isSecurityFunction={me.roles.securityFunction} busy={busy || !!conflict} onSave={save} />
      )}
      <ClassificationSection key={`classification-${version}`} deviation={deviation} editable={editable} busy={busy} onSave={save} />
      <CausesSection key={`causes-${version}`} deviation={deviation} editable={editable} busy={busy} onSave={save} />
      <ActionsSection
        deviation={deviation}
        actions={actions}
        editable={editable}
        handling={services.handling}
        directory={services.directory}
        now={now}
        onActionsChange={setActions}
      />
      <FeedbackSection key={`feedback-${version}`} deviation={deviation} editable={editable} busy={busy} onSave={save} />
      {handler && (me.roles.manager || me.roles.securityFunction) && <RiskLinkSection deviation={deviation} risks={services.risks} />}
      {editable && (
        <ReassignSection
          key={`reassign-${version}`}
          directory={services.directory}
          reporter={deviation.reporter}
          loadRecipients={loadRecipients}
          busy={busy}
          onSave={save}
        />
      )}
      <HistorySection history={deviation.history} />
    </Stack>
  );
}
