import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { SECURITY_AREAS, SecurityArea } from '../../../../domain/securityAreas';
import { EXERCISE_KINDS, ExerciseKind, PDSA_LIMITS } from '../../../../domain/pdsa/vocabulary';
import { ExerciseErrors, FollowUpErrors } from '../../../../domain/pdsa/exercises';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { renderUnitOption, unitOptions } from '../../../../components/unitOptions';
import { IExerciseFormState } from '../../exerciseForm';
import { areaLabel, fieldErrorText, kindLabel, textErrorText } from '../../labels';
import { FollowUpActionsEditor } from './FollowUpActionsEditor';

export interface IExerciseFieldsProps {
  form: IExerciseFormState;
  errors: ExerciseErrors;
  /** Each follow-up action's problems, by row (empty until the user tries to save). */
  rowErrors: readonly FollowUpErrors[];
  /** The units the user may log for. */
  units: readonly IOrganisationUnit[];
  disabled: boolean;
  onChange: (patch: Partial<IExerciseFormState>) => void;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 8, alignItems: 'start' }
});

/** Every field of a log entry, each with its problem beside it in words. */
export function ExerciseFields(props: IExerciseFieldsProps): React.ReactElement {
  const { form, errors, onChange, disabled } = props;
  const theme = useTheme();
  const toggleArea = (area: SecurityArea, on: boolean): SecurityArea[] => (on ? form.areas.concat([area]) : form.areas.filter((item) => item !== area));
  return (
    <>
      <LimitedTextField
        label={strings.Fields.title}
        required
        value={form.title}
        limit={PDSA_LIMITS.title}
        disabled={disabled}
        errorMessage={textErrorText(errors.title, form.title)}
        onChange={(title) => onChange({ title })}
      />
      <div className={classes.grid}>
        <TextField
          label={strings.Fields.date}
          type="date"
          required
          value={form.date}
          disabled={disabled}
          errorMessage={fieldErrorText(errors.date)}
          onChange={(_, value) => onChange({ date: value || '' })}
        />
        <Dropdown
          label={strings.Fields.unitId}
          required
          placeholder={strings.ChooseUnit}
          options={unitOptions(props.units)}
          onRenderOption={renderUnitOption}
          selectedKey={form.unitId !== undefined ? form.unitId : null}
          disabled={disabled}
          errorMessage={fieldErrorText(errors.unitId)}
          onChange={(_, option) => option && onChange({ unitId: Number(option.key) })}
        />
        <TextField
          label={strings.Fields.participants}
          type="number"
          min={1}
          value={form.participants}
          disabled={disabled}
          errorMessage={fieldErrorText(errors.participants)}
          onChange={(_, value) => onChange({ participants: value || '' })}
        />
      </div>
      <ChoiceGroup
        label={strings.Fields.kind}
        required
        selectedKey={form.kind || null}
        options={EXERCISE_KINDS.map((kind) => ({ key: kind, text: kindLabel(kind), disabled }))}
        styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
        onChange={(_, option) => option && onChange({ kind: option.key as ExerciseKind })}
      />
      {errors.kind && (
        <Text block role="alert" variant="small" styles={{ root: { color: theme.semanticColors.errorText } }}>
          {fieldErrorText(errors.kind)}
        </Text>
      )}
      <LimitedTextField
        label={strings.Fields.scenario}
        description={strings.ScenarioHint}
        required
        multiline
        autoAdjustHeight
        rows={3}
        value={form.scenario}
        limit={PDSA_LIMITS.scenario}
        disabled={disabled}
        errorMessage={textErrorText(errors.scenario, form.scenario)}
        onChange={(scenario) => onChange({ scenario })}
      />
      <Dropdown
        label={strings.Fields.areas}
        required
        multiSelect
        placeholder={strings.ChooseAreas}
        selectedKeys={form.areas.slice()}
        options={SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }))}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.areas)}
        onChange={(_, option) => option && onChange({ areas: toggleArea(option.key as SecurityArea, !!option.selected) })}
      />
      <LimitedTextField
        label={strings.Fields.lessonsLearned}
        multiline
        autoAdjustHeight
        rows={4}
        value={form.lessonsLearned}
        limit={PDSA_LIMITS.lessonsLearned}
        disabled={disabled}
        errorMessage={textErrorText(errors.lessonsLearned, form.lessonsLearned)}
        onChange={(lessonsLearned) => onChange({ lessonsLearned })}
      />
      <FollowUpActionsEditor
        actions={form.followUpActions}
        rowErrors={props.rowErrors}
        error={errors.followUpActions === 'tooMany' ? fieldErrorText('tooMany') : undefined}
        disabled={disabled}
        onChange={(followUpActions) => onChange({ followUpActions })}
      />
      <TextField
        label={strings.Fields.nextDueDate}
        description={strings.NextDueHint}
        type="date"
        value={form.nextDueDate}
        disabled={disabled}
        errorMessage={fieldErrorText(errors.nextDueDate)}
        onChange={(_, value) => onChange({ nextDueDate: value || '' })}
        styles={{ root: { maxWidth: 260 } }}
      />
    </>
  );
}
