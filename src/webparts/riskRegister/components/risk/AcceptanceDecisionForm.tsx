import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'RiskRegisterWebPartStrings';
import { acceptanceErrors, IAcceptanceDecision } from '../../../../domain/risks/acceptance';
import { RISK_TEXT_LIMITS } from '../../../../domain/risks/riskValidation';
import { IRiskAcceptance } from '../../../../domain/risks/types';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { runDetached } from '../../../../components/runDetached';
import { fieldErrorText, textErrorText } from './fieldErrorText';

export interface IAcceptanceDecisionFormProps {
  acceptance: IRiskAcceptance | undefined;
  now: Date;
  busy: boolean;
  onDecide: (decision: IAcceptanceDecision) => Promise<void>;
}

/** Grant or reject an open request, always with a rationale; a grant with the last day it holds. */
export function AcceptanceDecisionForm(props: IAcceptanceDecisionFormProps): React.ReactElement {
  const [state, setState] = React.useState<IAcceptanceDecision['state']>('Beviljad');
  const [rationale, setRationale] = React.useState('');
  const [expiresAt, setExpiresAt] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  const decision: IAcceptanceDecision = { state, rationale, expiresAt: state === 'Beviljad' ? expiresAt : undefined };
  const errors = acceptanceErrors(props.acceptance, decision, props.now);
  const shown = checked ? errors : {};

  const decide = async (): Promise<void> => {
    setChecked(true);
    if (Object.keys(errors).length > 0) return;
    await props.onDecide({ ...decision, rationale: rationale.trim() });
  };

  return (
    <form
      aria-label={strings.DecideHeading}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(decide());
      }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <ChoiceGroup
          label={strings.DecisionLabel}
          selectedKey={state}
          options={[
            { key: 'Beviljad', text: strings.Grant },
            { key: 'Avslagen', text: strings.Reject }
          ]}
          onChange={(_, option) => option && setState(option.key as IAcceptanceDecision['state'])}
        />
        <LimitedTextField
          label={strings.RationaleLabel}
          required
          multiline
          rows={3}
          value={rationale}
          limit={RISK_TEXT_LIMITS.acceptanceRationale}
          errorMessage={textErrorText(shown.rationale, rationale)}
          onChange={setRationale}
        />
        {state === 'Beviljad' && (
          <TextField
            label={strings.ExpiresLabel}
            description={strings.ExpiresHint}
            required
            type="date"
            value={expiresAt}
            errorMessage={fieldErrorText(shown.expiresAt)}
            onChange={(_, value) => setExpiresAt(value || '')}
            styles={{ root: { maxWidth: 260 } }}
          />
        )}
        {shown.state && <div role="alert">{fieldErrorText(shown.state)}</div>}
        <PrimaryButton type="submit" text={strings.SaveDecision} disabled={props.busy} styles={{ root: { alignSelf: 'flex-start' } }} />
      </Stack>
    </form>
  );
}
