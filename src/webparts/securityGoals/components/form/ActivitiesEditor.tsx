import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { ActivityErrors } from '../../../../domain/pdsa/goals';
import { GOAL_ACTIVITY_STATUSES, GoalActivityStatus, PDSA_LIMITS } from '../../../../domain/pdsa/vocabulary';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { format } from '../../../../common/format';
import { IActivityRow, newActivityRow } from '../../goalForm';
import { activityStatusLabel, fieldErrorText, textErrorText } from '../../labels';

export interface IActivitiesEditorProps {
  rows: readonly IActivityRow[];
  /** By row key. */
  errors: Readonly<Record<string, ActivityErrors>>;
  /** The list's own problem (too many rows). */
  listError?: string;
  disabled: boolean;
  onChange: (rows: IActivityRow[]) => void;
}

/** Rows of title, cost estimate (kronor) and status; added and removed one at a time. */
export function ActivitiesEditor(props: IActivitiesEditorProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    row: {
      display: 'grid',
      gridTemplateColumns: 'minmax(200px, 3fr) minmax(130px, 1fr) minmax(130px, 1fr) auto',
      gap: 8,
      alignItems: 'start',
      padding: '8px 0',
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      '@media (max-width: 640px)': { gridTemplateColumns: '1fr' }
    },
    // Level with the fields beside it; on a phone, where the fields stack, under them.
    remove: { marginTop: 29, '@media (max-width: 640px)': { marginTop: 0 } }
  });
  const { rows } = props;
  const update = (key: string, patch: Partial<IActivityRow>): void => props.onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const statusOptions = GOAL_ACTIVITY_STATUSES.map((status) => ({ key: status, text: activityStatusLabel(status) }));
  return (
    <fieldset data-activities-editor={rows.length} style={{ border: 'none', margin: '12px 0 0', padding: 0 }}>
      <legend style={{ fontWeight: 600, fontSize: 16, padding: 0 }}>{strings.Fields.activities}</legend>
      <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {strings.ActivitiesEditorHint}
      </Text>
      {rows.map((row, index) => {
        const errors = props.errors[row.key] || {};
        const number = index + 1;
        return (
          <div key={row.key} role="group" aria-label={format(strings.ActivityRow, number)} data-activity-row={number} className={classes.row}>
            <LimitedTextField
              label={strings.ActivityFields.title}
              required
              value={row.title}
              limit={PDSA_LIMITS.activityTitle}
              disabled={props.disabled}
              errorMessage={textErrorText(errors.title, row.title)}
              onChange={(title) => update(row.key, { title })}
            />
            <TextField
              label={strings.ActivityFields.costEstimate}
              inputMode="decimal"
              suffix={strings.Currency}
              value={row.cost}
              disabled={props.disabled}
              errorMessage={fieldErrorText(errors.costEstimate)}
              onChange={(_, cost) => update(row.key, { cost: cost || '' })}
            />
            <Dropdown
              label={strings.ActivityFields.status}
              options={statusOptions}
              selectedKey={row.status}
              disabled={props.disabled}
              errorMessage={fieldErrorText(errors.status)}
              onChange={(_, option) => option && update(row.key, { status: option.key as GoalActivityStatus })}
            />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              title={format(strings.RemoveActivity, number)}
              ariaLabel={format(strings.RemoveActivity, number)}
              disabled={props.disabled}
              className={classes.remove}
              onClick={() => props.onChange(rows.filter((other) => other.key !== row.key))}
            />
          </div>
        );
      })}
      {props.listError && (
        <Text block role="alert" styles={{ root: { color: theme.semanticColors.errorText } }}>
          {props.listError}
        </Text>
      )}
      <DefaultButton
        iconProps={{ iconName: 'Add' }}
        text={strings.AddActivity}
        disabled={props.disabled || rows.length >= PDSA_LIMITS.activities}
        styles={{ root: { marginTop: 8 } }}
        onClick={() => props.onChange(rows.concat([newActivityRow(undefined, strings.DecimalMark)]))}
      />
    </fieldset>
  );
}
