import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { ActionButton } from '@fluentui/react/lib/Button';
import * as common from 'TryggStrings';
import * as strings from 'RiskRegisterWebPartStrings';
import { remapRisk } from '../../../../domain/risks/matrix';
import { needsReassessment } from '../../../../domain/risks/riskStatus';
import { IRisk } from '../../../../domain/risks/types';
import { RiskStatus } from '../../../../domain/risks/vocabulary';
import { ITryggServices } from '../../../../services/ITryggServices';
import { IRiskDetail } from '../../../../services/risks/IRiskRegisterService';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { runDetached } from '../../../../components/runDetached';
import { draftFromForm, formFromRisk, IRiskFormState, pickerPerson } from '../../riskFormState';
import { riskConflictRows } from '../../riskConflictRows';
import { IRegisterContext, matrixOf, mayEditRisk, unitsForNewRisk } from '../registerContext';
import { loadRisk } from './riskData';
import { RiskHeader } from './RiskHeader';
import { RiskForm } from './RiskForm';
import { RiskConflictView } from './RiskConflictView';
import { StatusSection, transitionBlockerText } from './StatusSection';
import { ActionsSection } from './ActionsSection';
import { AcceptanceSection } from './AcceptanceSection';
import { LinkedCasesSection } from './LinkedCasesSection';
import { GoverningDocumentSection } from './GoverningDocumentSection';
import { BlockerList } from '../../../../components/BlockerList';

export interface IRiskViewProps {
  services: ITryggServices;
  context: IRegisterContext;
  /** The risk to show; undefined to write a new one. */
  riskNumber?: string;
  onBack: () => void;
  /** Show another risk (the one just added). */
  onOpen: (riskNumber: string) => void;
}

type Outcome =
  | { readonly kind: 'saved' | 'added' | 'changedElsewhere' }
  | { readonly kind: 'blocked'; readonly blockers: readonly string[] }
  | { readonly kind: 'failed'; readonly error: unknown };

/** One risk: every field, its status, treatment actions and acceptance; conflicts shown, never overwritten. */
export default function RiskView(props: IRiskViewProps): React.ReactElement {
  const { services, context, riskNumber } = props;
  const [data, reload, replace] = useAsyncData<IRiskDetail | undefined>(() => loadRisk(services, riskNumber), [services, riskNumber]);
  const [busy, setBusy] = React.useState(false);
  const [conflict, setConflict] = React.useState<{ readonly mine: IRiskFormState; readonly theirs: IRisk } | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  // One id per new risk: a save retried after a lost answer finds the risk its first attempt added
  // (an update ignores it; the ETag guards those).
  const requestId = React.useRef(newClientRequestId());
  const now = React.useMemo(() => services.now(), [services, data]);
  const { matrix } = context;

  if (data.state === 'loading') return <Spinner label={common.Loading} />;
  if (data.state === 'failed') {
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.BackToRegister} onClick={props.onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
        <ErrorMessageBar error={data.error} onRetry={reload} />
      </Stack>
    );
  }

  const detail = data.value;
  const risk = detail ? detail.risk : undefined;
  const assessedWith = detail ? detail.assessedWith : matrix;
  const onOldMatrix = !!risk && risk.matrixVersion !== matrix.version;
  const mayEdit = mayEditRisk(context, risk);
  const editable = mayEdit && (!risk || risk.status !== 'Avslutad') && !conflict;

  /** The risk as now stored; its acceptance is read with the decisions, so it is kept across saves. */
  const stored = (next: IRisk): void => {
    if (!detail) return;
    const acceptance = next.acceptance || detail.risk.acceptance;
    replace({ ...detail, risk: { ...next, acceptance }, assessedWith: matrixOf(context, next.matrixVersion) });
  };

  const save = async (form: IRiskFormState, base: IRisk | undefined): Promise<Readonly<Record<string, string>> | undefined> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      // Saved while the owner is asked to reassess: the current assessment is confirmed, changed or not.
      const confirmCurrent = !!detail && needsReassessment(detail.risk, detail.actions);
      const result = await services.risks.save({ ...draftFromForm(form), confirmCurrent }, requestId.current, base);
      if (result.kind === 'invalid') return result.errors;
      if (result.kind === 'conflict') {
        setConflict({ mine: form, theirs: result.theirs });
        return undefined;
      }
      setConflict(undefined);
      if (!base) {
        setOutcome({ kind: 'added' });
        props.onOpen(result.risk.riskNumber);
      } else {
        stored(result.risk);
        setOutcome({ kind: 'saved' });
      }
      return undefined;
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const transition = async (to: RiskStatus): Promise<void> => {
    if (!risk) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await services.risks.transition(risk, to);
      if (result.kind === 'saved') {
        stored(result.risk);
        setOutcome({ kind: 'saved' });
      } else if (result.kind === 'blocked') {
        setOutcome({ kind: 'blocked', blockers: result.blockers });
      } else {
        // Someone saved the risk first: show what is stored; the user decides again from there.
        stored(result.theirs);
        setOutcome({ kind: 'changedElsewhere' });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  const openActionCount = detail ? detail.actions.filter((action) => action.status !== 'Klar').length : 0;
  const newDefaults = (): Partial<IRiskFormState> => {
    const units = unitsForNewRisk(context);
    return { owner: pickerPerson(context.me), unitId: units.length === 1 ? units[0].id : undefined };
  };
  // Where the risk may be placed; its present unit stays listed even when the user may not choose it.
  const placeable = unitsForNewRisk(context);
  const formUnits = !editable
    ? context.units
    : risk && !placeable.some((unit) => unit.id === risk.unit.id)
      ? placeable.concat(context.units.filter((unit) => unit.id === risk.unit.id))
      : placeable;

  return (
    <Stack tokens={{ childrenGap: 12 }} data-risk-view={risk ? risk.riskNumber : 'new'}>
      <RiskHeader risk={risk} assessedWith={assessedWith} now={now} onBack={props.onBack} />
      {conflict && risk && (
        <RiskConflictView
          rows={riskConflictRows(conflict.mine, formFromRisk(conflict.theirs), matrix, context.units)}
          savedAt={conflict.theirs.modified}
          busy={busy}
          onKeepMine={() => runDetached(save(conflict.mine, conflict.theirs))}
          onTakeTheirs={() => {
            stored(conflict.theirs);
            setConflict(undefined);
          }}
        />
      )}
      <div role="status" aria-live="polite">
        {outcome && (outcome.kind === 'saved' || outcome.kind === 'added') && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setOutcome(undefined)}>
            {outcome.kind === 'added' ? strings.RiskAdded : strings.Saved}
          </MessageBar>
        )}
        {outcome && outcome.kind === 'changedElsewhere' && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline onDismiss={() => setOutcome(undefined)}>
            {strings.ChangedElsewhere}
          </MessageBar>
        )}
      </div>
      {outcome && outcome.kind === 'blocked' && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline onDismiss={() => setOutcome(undefined)}>
          {strings.BlockedIntro}
          <BlockerList id="trygg-risk-save-blockers" reasons={outcome.blockers.map((key) => ({ key, text: transitionBlockerText(key, openActionCount) }))} />
        </MessageBar>
      )}
      {outcome && outcome.kind === 'failed' && <ErrorMessageBar error={outcome.error} onDismiss={() => setOutcome(undefined)} />}
      {risk && !mayEdit && <MessageBar messageBarType={MessageBarType.info}>{strings.ReadOnlyNotice}</MessageBar>}

      <RiskForm
        key={risk ? risk.etag : 'new'}
        risk={risk}
        matrix={matrix}
        remap={risk && onOldMatrix ? { remap: remapRisk(assessedWith, matrix, risk), fromVersion: risk.matrixVersion } : undefined}
        units={formUnits}
        directory={services.directory}
        now={now}
        readOnly={!editable}
        busy={busy}
        reassess={!!detail && needsReassessment(detail.risk, detail.actions)}
        defaults={risk ? undefined : newDefaults()}
        onSave={(form) => save(form, risk)}
        onCancel={risk ? undefined : props.onBack}
      />
      {detail && risk && (
        <>
          <StatusSection risk={risk} openActionCount={openActionCount} matrix={matrix} now={now} mayEdit={mayEdit} busy={busy || !!conflict} onTransition={transition} />
          <ActionsSection
            risk={risk}
            actions={detail.actions}
            me={context.me}
            mayEdit={mayEdit && !conflict}
            service={services.risks}
            directory={services.directory}
            now={now}
            onActionsChange={(actions) => replace({ ...detail, actions })}
          />
          <AcceptanceSection
            risk={risk}
            matrix={matrix}
            units={context.units}
            me={context.me}
            now={now}
            onRequest={(note) => services.risks.requestAcceptance(risk, note)}
            onDecide={(decision) => services.risks.decideAcceptance(risk, decision)}
            onRiskChange={stored}
          />
          <GoverningDocumentSection services={services} risk={risk} mayEdit={mayEdit && !conflict} now={now} onRiskChange={stored} />
          <LinkedCasesSection cases={risk.linkedCases} />
        </>
      )}
    </Stack>
  );
}
