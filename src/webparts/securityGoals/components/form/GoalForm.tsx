import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SecurityGoalsWebPartStrings';
import { GoalErrors } from '../../../../domain/pdsa/goals';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IStoredGoal } from '../../../../domain/pdsa/repositories';
import { runDetached } from '../../../../components/runDetached';
import { format } from '../../../../common/format';
import { errorCount, goalFormErrors, IGoalFormErrors, IGoalFormState } from '../../goalForm';
import { fieldErrorText } from '../../labels';
import { ActivitiesEditor } from './ActivitiesEditor';
import { GoalFields } from './GoalFields';

export interface IGoalFormProps {
  /** The form's first values (a stored goal's, or a new one's). */
  initial: IGoalFormState;
  /** The stored goal being changed; undefined for a new one. */
  goal?: IStoredGoal;
  allUnits: readonly IOrganisationUnit[];
  /** Where the goal may be set. */
  scopeUnits: readonly IOrganisationUnit[];
  regional: boolean;
  regionalGoals: readonly IStoredGoal[];
  currentYear: number;
  busy: boolean;
  /** Saves; resolves the service's field errors when it refused the goal. */
  onSave: (form: IGoalFormState) => Promise<GoalErrors | undefined>;
  onCancel: () => void;
  /** The year chosen in the form: its regional goals are the ones to contribute to. */
  onYearChange: (year: number) => void;
}

/**
 * A goal's fields and activities. Problems show at their fields when the user saves, and nothing
 * is sent while there are any (the domain's goalErrors and activityErrors, as the service applies them).
 */
export function GoalForm(props: IGoalFormProps): React.ReactElement {
  const [form, setForm] = React.useState<IGoalFormState>(props.initial);
  const [checked, setChecked] = React.useState(false);
  const [serverErrors, setServerErrors] = React.useState<GoalErrors>({});
  const context = React.useMemo(() => ({ units: props.allUnits, goals: props.regionalGoals }), [props.allUnits, props.regionalGoals]);
  const local = React.useMemo(() => goalFormErrors(form, context, props.goal && props.goal.id), [form, context, props.goal]);
  const errors: IGoalFormErrors = checked ? { goal: { ...serverErrors, ...local.goal }, activities: local.activities } : { goal: serverErrors, activities: {} };
  const problems = errorCount(errors);

  const change = (patch: Partial<IGoalFormState>): void => {
    setForm((before) => ({ ...before, ...patch }));
    setServerErrors({});
    if (patch.year !== undefined) props.onYearChange(Number(patch.year));
  };

  const save = async (): Promise<void> => {
    setChecked(true);
    if (errorCount(local) > 0) return;
    const refused = await props.onSave(form);
    if (refused) setServerErrors(refused);
  };

  return (
    <form
      aria-label={props.goal ? strings.EditGoalHeading : strings.NewGoalHeading}
      noValidate
      data-goal-form={props.goal ? props.goal.id : 'new'}
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(save());
      }}
    >
      <Stack tokens={{ childrenGap: 16 }}>
        <GoalFields
          form={form}
          errors={errors.goal}
          units={props.scopeUnits}
          regional={props.regional}
          regionalGoals={props.regionalGoals}
          currentYear={props.currentYear}
          disabled={props.busy}
          onChange={change}
        />
        <ActivitiesEditor
          rows={form.activities}
          errors={errors.activities}
          listError={fieldErrorText(errors.goal.activities)}
          disabled={props.busy}
          onChange={(activities) => change({ activities })}
        />
        {problems > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline data-form-errors={problems}>
            {problems === 1 ? strings.FormErrorsOne : format(strings.FormErrorsMany, problems)}
          </MessageBar>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={props.goal ? strings.SaveGoal : strings.AddGoal} disabled={props.busy} />
          <DefaultButton text={strings.Cancel} disabled={props.busy} onClick={props.onCancel} />
        </Stack>
      </Stack>
    </form>
  );
}
