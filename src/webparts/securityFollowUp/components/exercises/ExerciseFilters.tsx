import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { EXERCISE_KINDS, ExerciseKind } from '../../../../domain/pdsa/vocabulary';
import { renderUnitOption, unitOptions } from '../../../../components/unitOptions';
import { IExerciseFilter } from '../../exerciseLog';
import { kindLabel } from '../../labels';
import { YearPicker } from '../YearPicker';
import { anyOption, choiceKey, chosen, chosenId } from '../../../../components/anyChoice';

export interface IExerciseFiltersProps {
  year: number;
  now: Date;
  onYearChange: (year: number) => void;
  filter: IExerciseFilter;
  units: readonly IOrganisationUnit[];
  onChange: (filter: IExerciseFilter) => void;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 8, alignItems: 'end' }
});

/** Year, unit (with the units below it, in the line organisation's tree) and kind. */
export function ExerciseFilters(props: IExerciseFiltersProps): React.ReactElement {
  const { filter, onChange } = props;
  const anyUnit: IDropdownOption = anyOption(strings.AllUnits);
  const units: IDropdownOption[] = [anyUnit, ...unitOptions(props.units).map((option) => ({ ...option, key: String(option.key) }))];
  const kinds: IDropdownOption[] = [anyOption(strings.AllKinds), ...EXERCISE_KINDS.map((kind) => ({ key: kind, text: kindLabel(kind) }))];
  return (
    <div role="group" aria-label={strings.FiltersLabel} className={classes.grid}>
      <YearPicker year={props.year} now={props.now} onChange={props.onYearChange} />
      <Dropdown
        label={strings.FilterUnit}
        options={units}
        selectedKey={choiceKey(filter.unitId)}
        onRenderOption={renderUnitOption}
        onChange={(_, option) => onChange({ ...filter, unitId: chosenId(option) })}
      />
      <Dropdown
        label={strings.FilterKind}
        options={kinds}
        selectedKey={choiceKey(filter.kind)}
        onChange={(_, option) => onChange({ ...filter, kind: chosen<ExerciseKind>(option) })}
      />
    </div>
  );
}
