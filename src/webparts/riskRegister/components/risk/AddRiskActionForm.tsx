import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { IDirectory, IDirectoryUser } from '../../../../domain/directory';
import { actionDueDateError } from '../../../../domain/deviations/limits';
import { checkLimitedText } from '../../../../domain/validation';
import { PeoplePicker } from '../../../../components/PeoplePicker';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { runDetached } from '../../../../components/runDetached';
import { costError, RISK_ACTION_LIMITS } from '../../../../domain/risks/riskActions';
import { fieldErrorText } from './fieldErrorText';

export interface INewRiskAction {
  readonly title: string;
  readonly owner: IDirectoryUser;
  /** Midnight UTC of the due day, as the actions list stores it. */
  readonly dueDate: string;
  readonly costEstimate?: number;
}

export interface IAddRiskActionFormProps {
  directory: IDirectory;
  disabled: boolean;
  now: Date;
  /** Resolves true when the action was added, so the form can be emptied. */
  onAdd: (action: INewRiskAction) => Promise<boolean>;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 8, alignItems: 'start' }
});

/** Title, owner, due date and an optional cost estimate in whole kronor. */
export function AddRiskActionForm(props: IAddRiskActionFormProps): React.ReactElement {
  const [title, setTitle] = React.useState('');
  const [owner, setOwner] = React.useState<IDirectoryUser | undefined>(undefined);
  const [due, setDue] = React.useState('');
  const [cost, setCost] = React.useState('');
  const dueError = due ? actionDueDateError(due, props.now) : undefined;
  const costProblem = costError(cost);
  const complete = checkLimitedText(title, { required: true, max: RISK_ACTION_LIMITS.title }) === undefined && !!owner && !!due && !dueError && !costProblem;

  const add = async (): Promise<void> => {
    if (!owner || !complete) return;
    const added = await props.onAdd({ title: title.trim(), owner, dueDate: `${due}T00:00:00.000Z`, costEstimate: cost.trim() ? Number(cost) : undefined });
    if (added) {
      setTitle('');
      setOwner(undefined);
      setDue('');
      setCost('');
    }
  };

  return (
    <form
      aria-label={strings.AddActionHeading}
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(add());
      }}
    >
      <div className={classes.grid}>
        <LimitedTextField label={strings.ActionTitleLabel} required value={title} limit={RISK_ACTION_LIMITS.title} onChange={setTitle} />
        <PeoplePicker id="trygg-risk-action-owner" label={strings.ActionOwnerLabel} required directory={props.directory} selected={owner} onChange={setOwner} disabled={props.disabled} />
        <TextField
          label={strings.ActionDueLabel}
          required
          type="date"
          value={due}
          errorMessage={dueError ? fieldErrorText(dueError) : undefined}
          onChange={(_, value) => setDue(value || '')}
        />
        <TextField
          label={strings.ActionCostLabel}
          type="number"
          min={0}
          suffix={strings.Currency}
          value={cost}
          errorMessage={fieldErrorText(costProblem)}
          onChange={(_, value) => setCost(value || '')}
        />
      </div>
      <PrimaryButton type="submit" text={strings.AddAction} disabled={props.disabled || !complete} styles={{ root: { marginTop: 8 } }} />
    </form>
  );
}
