import * as React from 'react';
import { ActionButton, IconButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Label } from '@fluentui/react/lib/Label';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { FollowUpErrors } from '../../../../domain/pdsa/exercises';
import { PDSA_LIMITS } from '../../../../domain/pdsa/vocabulary';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { format } from '../../../../common/format';
import { IFollowUpActionForm } from '../../exerciseForm';
import { fieldErrorText, textErrorText } from '../../labels';

export interface IFollowUpActionsEditorProps {
  actions: readonly IFollowUpActionForm[];
  rowErrors: readonly FollowUpErrors[];
  /** A problem of the list as a whole (too many). */
  error?: string;
  disabled: boolean;
  onChange: (actions: IFollowUpActionForm[]) => void;
}

const classes = mergeStyleSets({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 3fr) minmax(150px, 1fr) auto auto',
    gap: 8,
    alignItems: 'start',
    padding: '6px 0',
    '@media (max-width: 640px)': { gridTemplateColumns: '1fr auto' }
  },
  check: { paddingTop: 34 }
});

/** The improvements decided after an exercise: each with a due day and done or not; rows added and removed. */
export function FollowUpActionsEditor(props: IFollowUpActionsEditorProps): React.ReactElement {
  const theme = useTheme();
  const { actions, onChange, disabled } = props;
  const change = (index: number, patch: Partial<IFollowUpActionForm>): void => onChange(actions.map((action, at) => (at === index ? { ...action, ...patch } : action)));
  const full = actions.length >= PDSA_LIMITS.followUpActions;
  return (
    <div role="group" aria-labelledby="trygg-follow-ups-label" data-follow-up-editor>
      <Label id="trygg-follow-ups-label">{strings.Fields.followUpActions}</Label>
      {actions.length === 0 && <Text block>{strings.NoFollowUpsYet}</Text>}
      {actions.map((action, index) => {
        const errors = props.rowErrors[index] || {};
        const number = index + 1;
        return (
          <div key={index} className={classes.row} data-follow-up-row={index}>
            <LimitedTextField
              label={format(strings.FollowUpTitleLabel, number)}
              required
              value={action.title}
              limit={PDSA_LIMITS.activityTitle}
              disabled={disabled}
              errorMessage={textErrorText(errors.title, action.title)}
              onChange={(title) => change(index, { title })}
            />
            <TextField
              label={format(strings.FollowUpDueLabel, number)}
              type="date"
              value={action.dueDate}
              disabled={disabled}
              errorMessage={fieldErrorText(errors.dueDate)}
              onChange={(_, value) => change(index, { dueDate: value || '' })}
            />
            <Checkbox
              className={classes.check}
              label={strings.ActionDone}
              ariaLabel={format(strings.FollowUpDoneLabel, number)}
              checked={action.done}
              disabled={disabled}
              onChange={(_, checked) => change(index, { done: !!checked })}
            />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              className={classes.check}
              title={format(strings.RemoveFollowUp, number)}
              ariaLabel={format(strings.RemoveFollowUp, number)}
              disabled={disabled}
              onClick={() => onChange(actions.filter((_, at) => at !== index))}
            />
          </div>
        );
      })}
      {props.error && (
        <Text block role="alert" variant="small" styles={{ root: { color: theme.semanticColors.errorText } }}>
          {props.error}
        </Text>
      )}
      <ActionButton
        iconProps={{ iconName: 'Add' }}
        text={strings.AddFollowUp}
        disabled={disabled || full}
        onClick={() => onChange(actions.concat([{ title: '', dueDate: '', done: false }]))}
      />
      {full && <Text block variant="small">{format(strings.FollowUpsFull, PDSA_LIMITS.followUpActions)}</Text>}
    </div>
  );
}
