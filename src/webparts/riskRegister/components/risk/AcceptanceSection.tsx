import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { acceptanceRequestBlockers, acceptanceStatus, IAcceptanceDecision, mayDecideAcceptance, samePerson } from '../../../../domain/risks/acceptance';
import { RISK_TEXT_LIMITS } from '../../../../domain/risks/riskValidation';
import { IRisk, IRiskMatrix } from '../../../../domain/risks/types';
import { ICurrentUser } from '../../../../services/currentUser/ICurrentUserService';
import { RiskDecisionResult } from '../../../../services/risks/IRiskRegisterService';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { Section } from '../../../../components/Section';
import { runDetached } from '../../../../components/runDetached';
import { AcceptanceDecisionForm } from './AcceptanceDecisionForm';
import { AcceptanceFacts } from './AcceptanceFacts';
import { BlockerList } from '../../../../components/BlockerList';

export interface IAcceptanceSectionProps {
  risk: IRisk;
  matrix: IRiskMatrix;
  units: readonly IOrganisationUnit[];
  me: ICurrentUser;
  now: Date;
  onRequest: (note: string | undefined) => Promise<RiskDecisionResult>;
  onDecide: (decision: IAcceptanceDecision) => Promise<RiskDecisionResult>;
  onRiskChange: (risk: IRisk) => void;
}

/** The function's reasons: the domain's blocker keys, or a decision's field errors (e.g. 'inPast'). */
function reasons(keys: readonly string[]): { key: string; text: string }[] {
  return keys.map((key) => ({ key, text: strings.AcceptanceBlockers[key] || strings.FieldErrors[key] || strings.AcceptanceBlockers.unknown }));
}

/**
 * Acceptance: the owner asks, someone else with the right role decides (the line up to the area's
 * appetite, the security function above it). Both go through the Trygg function, which checks the
 * same rules; what stands in the way is shown before anyone clicks.
 */
export function AcceptanceSection(props: IAcceptanceSectionProps): React.ReactElement {
  const { risk, matrix, me, now } = props;
  const [note, setNote] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [refused, setRefused] = React.useState<readonly string[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [done, setDone] = React.useState<'requested' | 'decided' | undefined>(undefined);
  const actor = { id: me.id, email: me.email, isSecurityFunction: me.roles.securityFunction };
  const status = acceptanceStatus(risk, now);
  const isOwner = samePerson(actor, risk.owner);
  const requestBlockers = acceptanceRequestBlockers(actor, risk, matrix, now, note).filter((blocker) => blocker !== 'notOwner');
  const decider = mayDecideAcceptance(actor, risk, matrix, props.units);

  const run = async (kind: 'requested' | 'decided', call: () => Promise<RiskDecisionResult>): Promise<void> => {
    setBusy(true);
    setRefused([]);
    setFailure(undefined);
    setDone(undefined);
    try {
      const result = await call();
      if (result.kind === 'blocked') {
        setRefused(result.blockers);
        return;
      }
      setDone(kind);
      setNote('');
      props.onRiskChange(result.risk);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="trygg-risk-acceptance" heading={strings.AcceptanceHeading}>
      <Stack tokens={{ childrenGap: 8 }}>
        <AcceptanceFacts risk={risk} status={status} />
        <div role="status" aria-live="polite">
          {done && <MessageBar messageBarType={MessageBarType.success}>{done === 'requested' ? strings.AcceptanceRequested : strings.AcceptanceDecided}</MessageBar>}
        </div>
        {refused.length > 0 && (
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
            {strings.AcceptanceRefused}
            <BlockerList id="trygg-acceptance-refused" reasons={reasons(refused)} />
          </MessageBar>
        )}
        {failure !== undefined && <ErrorMessageBar error={failure} onDismiss={() => setFailure(undefined)} />}
        {isOwner && status !== 'requested' && status !== 'granted' && risk.status !== 'Avslutad' && (
          <Stack tokens={{ childrenGap: 4 }} data-acceptance-request>
            <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '8px 0 0' } }}>
              {strings.RequestHeading}
            </Text>
            <LimitedTextField label={strings.RequestNoteLabel} multiline rows={2} value={note} limit={RISK_TEXT_LIMITS.acceptanceRequestNote} onChange={setNote} />
            <PrimaryButton
              text={strings.RequestAcceptance}
              disabled={busy || requestBlockers.length > 0}
              allowDisabledFocus
              aria-describedby={requestBlockers.length > 0 ? 'trygg-acceptance-request-blockers' : undefined}
              onClick={() => runDetached(run('requested', () => props.onRequest(note.trim() || undefined)))}
              styles={{ root: { alignSelf: 'flex-start' } }}
            />
            <BlockerList id="trygg-acceptance-request-blockers" reasons={reasons(requestBlockers.filter((blocker) => blocker !== 'noteInvalid'))} />
          </Stack>
        )}
        {status === 'requested' && decider.allowed && (
          <Stack tokens={{ childrenGap: 4 }} data-acceptance-decide={decider.as}>
            <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '8px 0 0' } }}>
              {strings.DecideHeading}
            </Text>
            <Text block>{strings.DeciderAs[decider.as]}</Text>
            <AcceptanceDecisionForm acceptance={risk.acceptance} now={now} busy={busy} onDecide={(decision) => run('decided', () => props.onDecide(decision))} />
          </Stack>
        )}
        {status === 'requested' && !decider.allowed && (
          <Text block data-decision-refusal={decider.reason}>
            {strings.AcceptanceBlockers[decider.reason] || strings.AcceptanceBlockers.unknown}
          </Text>
        )}
      </Stack>
    </Section>
  );
}
