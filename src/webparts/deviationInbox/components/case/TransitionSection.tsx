import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { CASE_TEXT_LIMITS } from '../../../../domain/deviations/limits';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviation } from '../../../../domain/deviations/types';
import { DEVIATION_STATUS_KEYS, DeviationStatus } from '../../../../domain/deviations/vocabulary';
import { allowedNextStatuses, transitionBlockers } from '../../../../domain/deviations/workflow';
import { Section } from '../../../../components/Section';
import { format } from '../../../../common/format';
import { statusLabel } from '../../handling/labels';
import { CaseChange } from '../../handling/caseChanges';
import { BlockerList } from './BlockerList';
import { runDetached } from '../../../../components/runDetached';

export interface ITransitionSectionProps {
  deviation: IDeviation;
  openActionCount: number;
  mayHandle: boolean;
  busy: boolean;
  onSave: (change: CaseChange) => Promise<boolean>;
}

/** The next steps the workflow allows, each with what still stands in its way, before any click. */
export function TransitionSection(props: ITransitionSectionProps): React.ReactElement {
  const { deviation } = props;
  const [rejectionReason, setRejectionReason] = React.useState('');
  const next = allowedNextStatuses(deviation.status);

  if (next.length === 0) {
    return (
      <Section id="trygg-case-decision" heading={strings.DecisionHeading}>
        <Text block>{format(strings.NoNextSteps, statusLabel(deviation.status))}</Text>
        {deviation.rejectionReason && <Text block>{format(strings.RejectedBecause, deviation.rejectionReason)}</Text>}
      </Section>
    );
  }

  const step = (to: DeviationStatus, index: number): React.ReactElement => {
    const blockers = transitionBlockers(deviation, to, {
      actorMayHandle: props.mayHandle,
      openActionCount: props.openActionCount,
      rejectionReason: to === 'Avvisad' ? rejectionReason : undefined
    });
    const blockersId = `trygg-blockers-${DEVIATION_STATUS_KEYS[to]}`;
    const Button = index === 0 && to !== 'Avvisad' ? PrimaryButton : DefaultButton;
    // Åtgärdas → Utreds goes back to an investigation that has already begun.
    const label = deviation.status === 'Åtgärdas' && to === 'Utreds' ? strings.BackToInvestigation : strings.TransitionTo[DEVIATION_STATUS_KEYS[to]];
    const note = to === 'Avvisad' ? rejectionReason.trim() : undefined;
    return (
      <div key={to} data-transition={DEVIATION_STATUS_KEYS[to]}>
        {to === 'Avvisad' && (
          <LimitedTextField
            label={strings.RejectionReasonLabel}
            multiline
            rows={2}
            value={rejectionReason}
            limit={CASE_TEXT_LIMITS.rejectionReason}
            disabled={!props.mayHandle}
            onChange={setRejectionReason}
          />
        )}
        <Button
          text={label}
          disabled={props.busy || blockers.length > 0}
          allowDisabledFocus
          aria-describedby={blockers.length > 0 ? blockersId : undefined}
          onClick={() => runDetached(props.onSave({ kind: 'transition', to, note }))}
          styles={{ root: { marginTop: to === 'Avvisad' ? 8 : 0 } }}
        />
        <BlockerList id={blockersId} blockers={blockers} openActionCount={props.openActionCount} />
      </div>
    );
  };

  return (
    <Section id="trygg-case-decision" heading={strings.DecisionHeading}>
      <Stack tokens={{ childrenGap: 16 }}>{next.map(step)}</Stack>
    </Section>
  );
}
