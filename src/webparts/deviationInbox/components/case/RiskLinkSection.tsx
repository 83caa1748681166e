import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviation } from '../../../../domain/deviations/types';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { parseRiskNumber } from '../../../../domain/risks/riskNumber';
import { RISK_TEXT_LIMITS } from '../../../../domain/risks/riskValidation';
import { IRiskRegisterService } from '../../../../services/risks/IRiskRegisterService';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { Section } from '../../../../components/Section';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { runDetached } from '../../../../components/runDetached';
import { format } from '../../../../common/format';

export interface IRiskLinkSectionProps {
  deviation: IDeviation;
  risks: IRiskRegisterService;
}

type Outcome = { kind: 'raised' | 'linked'; riskNumber: string } | { kind: 'notFound' } | { kind: 'notPermitted' } | { kind: 'invalid'; fields: readonly string[] } | { kind: 'failed'; error: unknown };

/**
 * What the case teaches the risk register: raise a new risk from it (on its unit and area, the case
 * linked, owned by the handler) or link it to a risk that exists. Only for those who keep risks.
 */
export function RiskLinkSection(props: IRiskLinkSectionProps): React.ReactElement {
  const { deviation, risks } = props;
  const [title, setTitle] = React.useState(deviation.store === 'protected' ? '' : deviation.title);
  const [riskNumber, setRiskNumber] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  // One id per risk raised from this view: a second click after a lost answer finds the first.
  const [requestId, setRequestId] = React.useState(newClientRequestId);

  const run = async (work: () => Promise<Outcome>): Promise<void> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  const raise = (): Promise<void> =>
    run(async () => {
      const result = await risks.raiseFromCase(deviation, title.trim(), requestId);
      if (result.kind === 'saved') {
        setRequestId(newClientRequestId());
        return { kind: 'raised', riskNumber: result.risk.riskNumber };
      }
      return { kind: 'invalid', fields: result.kind === 'invalid' ? Object.keys(result.errors) : [] };
    });

  const link = (): Promise<void> =>
    run(async () => {
      const result = await risks.linkCase(riskNumber, deviation.caseNumber);
      return result.kind === 'saved' ? { kind: 'linked', riskNumber: result.risk.riskNumber } : { kind: result.kind };
    });

  const titleTooLong = title.trim().length > RISK_TEXT_LIMITS.title;
  return (
    <Section id="trygg-case-risk" heading={strings.RiskHeading}>
      <Text block styles={{ root: { marginBottom: 8 } }}>
        {strings.RiskIntro}
      </Text>
      <Stack tokens={{ childrenGap: 12 }}>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <Stack.Item grow styles={{ root: { minWidth: 220 } }}>
            <LimitedTextField label={strings.RiskTitleLabel} value={title} limit={RISK_TEXT_LIMITS.title} onChange={setTitle} />
          </Stack.Item>
          <PrimaryButton text={strings.RaiseRisk} disabled={busy || !title.trim() || titleTooLong} onClick={() => runDetached(raise())} />
        </Stack>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField label={strings.RiskNumberLabel} placeholder="RISK-00042" value={riskNumber} onChange={(_, value) => setRiskNumber(value || '')} />
          <DefaultButton text={strings.LinkRisk} disabled={busy || parseRiskNumber(riskNumber) === undefined} onClick={() => runDetached(link())} />
        </Stack>
      </Stack>
      {outcome && (outcome.kind === 'raised' || outcome.kind === 'linked') && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setOutcome(undefined)}>
          {format(outcome.kind === 'raised' ? strings.RiskRaised : strings.RiskLinked, outcome.riskNumber, deviation.caseNumber)}
        </MessageBar>
      )}
      {outcome && outcome.kind === 'notFound' && <MessageBar messageBarType={MessageBarType.error}>{strings.RiskNotFound}</MessageBar>}
      {outcome && outcome.kind === 'notPermitted' && <MessageBar messageBarType={MessageBarType.error}>{strings.RiskNotYours}</MessageBar>}
      {outcome && outcome.kind === 'invalid' && (
        <MessageBar messageBarType={MessageBarType.blocked}>{outcome.fields.indexOf('area') >= 0 ? strings.RiskNeedsArea : strings.RiskNotSaved}</MessageBar>
      )}
      {outcome && outcome.kind === 'failed' && <ErrorMessageBar error={outcome.error} onDismiss={() => setOutcome(undefined)} />}
    </Section>
  );
}
