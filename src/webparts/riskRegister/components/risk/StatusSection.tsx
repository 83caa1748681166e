import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { allowedNextRiskStatuses, riskTransitionBlockers, RiskTransitionBlocker } from '../../../../domain/risks/riskStatus';
import { IRisk, IRiskMatrix } from '../../../../domain/risks/types';
import { RISK_STATUS_KEYS, RISK_STATUSES, RiskStatus } from '../../../../domain/risks/vocabulary';
import { Section } from '../../../../components/Section';
import { runDetached } from '../../../../components/runDetached';
import { format } from '../../../../common/format';
import { statusLabel } from '../../labels';
import { BlockerList } from '../../../../components/BlockerList';

export interface IStatusSectionProps {
  risk: IRisk;
  openActionCount: number;
  matrix: IRiskMatrix;
  now: Date;
  mayEdit: boolean;
  busy: boolean;
  onTransition: (to: RiskStatus) => Promise<void>;
}

/** A transition blocker in words; open actions are counted so the owner knows how much is left. */
export function transitionBlockerText(blocker: RiskTransitionBlocker | string, openActionCount: number): string {
  if (blocker === 'openActions') return openActionCount === 1 ? strings.BlockerOpenActionsOne : format(strings.BlockerOpenActionsMany, openActionCount);
  return strings.TransitionBlockers[blocker] || strings.TransitionBlockers.unknown;
}

/** The statuses the risk may move to, each with what stands in its way, before any click. */
export function StatusSection(props: IStatusSectionProps): React.ReactElement {
  const { risk } = props;
  const next = allowedNextRiskStatuses(risk.status);
  // The first step forward is the likely one; going back or closing are the exceptions.
  const forward = next.filter((to) => to !== 'Avslutad' && RISK_STATUSES.indexOf(to) > RISK_STATUSES.indexOf(risk.status))[0];
  return (
    <Section id="trygg-risk-status" heading={strings.StatusHeading}>
      <Text block styles={{ root: { marginBottom: 8 } }}>
        {format(strings.StatusIs, statusLabel(risk.status))}
      </Text>
      {next.length === 0 ? (
        <Text block>{strings.NoNextStatus}</Text>
      ) : (
        <Stack tokens={{ childrenGap: 12 }}>
          {next.map((to) => {
            const blockers = riskTransitionBlockers(risk, to, { actorMayEdit: props.mayEdit, openActionCount: props.openActionCount, matrix: props.matrix, now: props.now });
            const id = `trygg-risk-blockers-${RISK_STATUS_KEYS[to]}`;
            const Button = to === forward ? PrimaryButton : DefaultButton;
            return (
              <div key={to} data-transition={RISK_STATUS_KEYS[to]}>
                <Button
                  text={strings.TransitionTo[RISK_STATUS_KEYS[to]]}
                  disabled={props.busy || blockers.length > 0}
                  allowDisabledFocus
                  aria-describedby={blockers.length > 0 ? id : undefined}
                  onClick={() => runDetached(props.onTransition(to))}
                />
                <BlockerList id={id} reasons={blockers.map((key) => ({ key, text: transitionBlockerText(key, props.openActionCount) }))} />
              </div>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
