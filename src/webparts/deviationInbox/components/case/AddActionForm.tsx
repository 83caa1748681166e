import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDirectory, IDirectoryUser } from '../../../../domain/directory';
import { PeoplePicker } from '../../../../components/PeoplePicker';
import { runDetached } from '../../../../components/runDetached';

export interface INewAction {
  readonly title: string;
  readonly owner: IDirectoryUser;
  /** ISO instant: midnight UTC of the due day, as the actions list stores it. */
  readonly dueDate: string;
}

export interface IAddActionFormProps {
  directory: IDirectory;
  disabled: boolean;
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
  const complete = title.trim().length > 0 && !!owner && /^\d{4}-\d{2}-\d{2}$/.test(due);

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
        <TextField label={strings.ActionTitleLabel} required value={title} maxLength={255} onChange={(_, value) => setTitle(value || '')} />
        <PeoplePicker
          id="trygg-action-owner"
          label={strings.ActionOwnerLabel}
          required
          directory={props.directory}
          selected={owner}
          onChange={setOwner}
          disabled={props.disabled}
        />
        <TextField label={strings.ActionDueLabel} required type="date" value={due} onChange={(_, value) => setDue(value || '')} />
      </div>
      <PrimaryButton type="submit" text={strings.AddAction} disabled={props.disabled || !complete} styles={{ root: { marginTop: 8 } }} />
    </form>
  );
}
