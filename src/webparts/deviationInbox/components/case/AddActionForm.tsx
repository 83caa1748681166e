import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDirectory, IDirectoryUser } from '../../../../domain/directory';
import { PeoplePicker } from '../../../../components/PeoplePicker';
import { runDetached } from '../../../../components/runDetached';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { actionDueDateError, CASE_TEXT_LIMITS, caseTextError } from '../../../../domain/deviations/limits';

export interface INewAction {
  readonly title: string;
  readonly owner: IDirectoryUser;
  /** ISO instant: midnight UTC of the due day, as the actions list stores it. */
  readonly dueDate: string;
}

export interface IAddActionFormProps {
  directory: IDirectory;
  disabled: boolean;
  /** Today, as the case view knows it: due dates are checked against it. */
  now: Date;
  /** Resolves true when the action was added, so the form can be emptied. */
  onAdd: (action: INewAction) => Promise<boolean>;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 8, alignItems: 'start' }
});

/** Title, owner and due date; the native date input is keyboard friendly and native on phones. */
export function AddActionForm(props: IAddActionFormProps): React.ReactElement {
  const [title, setTitle] = React.useState('');
  const [owner, setOwner] = React.useState<IDirectoryUser | undefined>(undefined);
  const [due, setDue] = React.useState('');
  // A date input gives YYYY-MM-DD once a whole date is in; until then there is nothing to judge.
  const dueError = due ? actionDueDateError(due, props.now) : undefined;
  const complete = caseTextError('actionTitle', title, true) === undefined && !!owner && !!due && !dueError;

  const add = async (): Promise<void> => {
    if (!owner || !complete) return;
    const added = await props.onAdd({ title: title.trim(), owner, dueDate: `${due}T00:00:00.000Z` });
    if (added) {
      setTitle('');
      setOwner(undefined);
      setDue('');
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
        <LimitedTextField label={strings.ActionTitleLabel} required value={title} limit={CASE_TEXT_LIMITS.actionTitle} onChange={setTitle} />
        <PeoplePicker
          id="trygg-action-owner"
          label={strings.ActionOwnerLabel}
          required
          directory={props.directory}
          selected={owner}
          onChange={setOwner}
          disabled={props.disabled}
        />
        <TextField
          label={strings.ActionDueLabel}
          required
          type="date"
          value={due}
          errorMessage={dueError ? strings.DueDateErrors[dueError] : undefined}
          onChange={(_, value) => setDue(value || '')}
        />
      </div>
      <PrimaryButton type="submit" text={strings.AddAction} disabled={props.disabled || !complete} styles={{ root: { marginTop: 8 } }} />
    </form>
  );
}
