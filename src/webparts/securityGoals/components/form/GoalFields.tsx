import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IStoredGoal } from '../../../../domain/pdsa/repositories';
import { GOAL_DIRECTIONS, GOAL_PRIORITIES, MEASUREMENT_FREQUENCIES, PDSA_LIMITS } from '../../../../domain/pdsa/vocabulary';
import { SECURITY_AREAS } from '../../../../domain/securityAreas';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { renderUnitOption, unitOptions } from '../../../../components/unitOptions';
import { IGoalFormErrors, IGoalFormState, REGIONAL } from '../../goalForm';
import { yearChoices } from '../../goalGroups';
import { areaLabel, directionLabel, fieldErrorText, frequencyLabel, priorityLabel, textErrorText } from '../../labels';

export interface IGoalFieldsProps {
  form: IGoalFormState;
  errors: IGoalFormErrors['goal'];
  /** Where the goal may be set: the units (tree order) and whether a regional goal may be. */
  units: readonly IOrganisationUnit[];
  regional: boolean;
  /** The year's regional goals, for a unit goal to contribute to. */
  regionalGoals: readonly IStoredGoal[];
  currentYear: number;
  disabled: boolean;
  onChange: (patch: Partial<IGoalFormState>) => void;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 12, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' }
});

/** Every field of a goal but its activities; each shows its own problem in words. */
export function GoalFields(props: IGoalFieldsProps): React.ReactElement {
  const { form, errors, disabled, onChange } = props;
  const scopeOptions: IDropdownOption[] = [
    ...(props.regional ? [{ key: REGIONAL, text: strings.ScopeRegional }] : []),
    ...unitOptions(props.units).map((option) => ({ ...option, key: String(option.key) }))
  ];
  const parentOptions: IDropdownOption[] = [{ key: '', text: strings.ParentNone }, ...props.regionalGoals.map((goal) => ({ key: String(goal.id), text: goal.title }))];
  const choice = <T extends string>(values: readonly T[], label: (value: T) => string): IDropdownOption[] => values.map((value) => ({ key: value, text: label(value) }));
  const isUnitGoal = typeof form.scope === 'number';
  return (
    <div className={classes.grid}>
      <div className={classes.wide}>
        <LimitedTextField
          label={strings.Fields.title}
          required
          value={form.title}
          limit={PDSA_LIMITS.title}
          disabled={disabled}
          errorMessage={textErrorText(errors.title, form.title)}
          onChange={(title) => onChange({ title })}
        />
      </div>
      <Dropdown
        label={strings.Fields.scope}
        required
        options={scopeOptions}
        selectedKey={form.scope === undefined ? null : String(form.scope)}
        onRenderOption={renderUnitOption}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.scope || errors.scopeUnitId)}
        onChange={(_, option) => option && onChange({ scope: option.key === REGIONAL ? REGIONAL : Number(option.key) })}
      />
      <Dropdown
        label={strings.Fields.parentGoalId}
        options={parentOptions}
        selectedKey={isUnitGoal && form.parentGoalId !== undefined ? String(form.parentGoalId) : ''}
        disabled={disabled || !isUnitGoal}
        errorMessage={fieldErrorText(errors.parentGoalId)}
        onChange={(_, option) => option && onChange({ parentGoalId: option.key === '' ? undefined : Number(option.key) })}
      />
      <Dropdown
        label={strings.Fields.area}
        required
        options={choice(SECURITY_AREAS, areaLabel)}
        selectedKey={form.area || null}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.area)}
        onChange={(_, option) => option && onChange({ area: option.key as IGoalFormState['area'] })}
      />
      <Dropdown
        label={strings.Fields.priority}
        required
        options={choice(GOAL_PRIORITIES, priorityLabel)}
        selectedKey={form.priority || null}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.priority)}
        onChange={(_, option) => option && onChange({ priority: option.key as IGoalFormState['priority'] })}
      />
      <div className={classes.wide}>
        <LimitedTextField
          label={strings.Fields.indicator}
          required
          value={form.indicator}
          limit={PDSA_LIMITS.indicator}
          disabled={disabled}
          errorMessage={textErrorText(errors.indicator, form.indicator)}
          onChange={(indicator) => onChange({ indicator })}
        />
      </div>
      <LimitedTextField
        label={strings.Fields.unitOfMeasure}
        required
        value={form.unitOfMeasure}
        limit={PDSA_LIMITS.unitOfMeasure}
        description={strings.UnitOfMeasureHint}
        disabled={disabled}
        errorMessage={textErrorText(errors.unitOfMeasure, form.unitOfMeasure)}
        onChange={(unitOfMeasure) => onChange({ unitOfMeasure })}
      />
      <Dropdown
        label={strings.Fields.direction}
        required
        options={choice(GOAL_DIRECTIONS, directionLabel)}
        selectedKey={form.direction || null}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.direction)}
        onChange={(_, option) => option && onChange({ direction: option.key as IGoalFormState['direction'] })}
      />
      <TextField
        label={strings.Fields.baseline}
        required
        inputMode="decimal"
        value={form.baseline}
        description={strings.ValueHint}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.baseline)}
        onChange={(_, baseline) => onChange({ baseline: baseline || '' })}
      />
      <TextField
        label={strings.Fields.target}
        required
        inputMode="decimal"
        value={form.target}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.target)}
        onChange={(_, target) => onChange({ target: target || '' })}
      />
      <Dropdown
        label={strings.Fields.year}
        required
        options={yearChoices(props.currentYear, Number(form.year)).map((year) => ({ key: String(year), text: String(year) }))}
        selectedKey={form.year}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.year)}
        onChange={(_, option) => option && onChange({ year: String(option.key) })}
      />
      <TextField
        label={strings.Fields.targetDate}
        required
        type="date"
        value={form.targetDate}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.targetDate)}
        onChange={(_, targetDate) => onChange({ targetDate: targetDate || '' })}
      />
      <Dropdown
        label={strings.Fields.frequency}
        required
        options={choice(MEASUREMENT_FREQUENCIES, frequencyLabel)}
        selectedKey={form.frequency || null}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.frequency)}
        onChange={(_, option) => option && onChange({ frequency: option.key as IGoalFormState['frequency'] })}
      />
    </div>
  );
}
