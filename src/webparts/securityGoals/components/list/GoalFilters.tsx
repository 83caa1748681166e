import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { SECURITY_AREAS, SecurityArea } from '../../../../domain/securityAreas';
import { renderUnitOption, unitOptions as unitOptionsOf } from '../../../../components/unitOptions';
import { yearChoices } from '../../goalGroups';
import { areaLabel } from '../../labels';
import { IGoalFilter } from '../goalsContext';
import { anyOption, choiceKey, chosen, chosenId } from '../../../../components/anyChoice';

export interface IGoalFiltersProps {
  year: number;
  currentYear: number;
  filter: IGoalFilter;
  units: readonly IOrganisationUnit[];
  onYear: (year: number) => void;
  onFilter: (filter: IGoalFilter) => void;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 8, alignItems: 'end' }
});

/** The year, a unit (with the units below it) and a security area. */
export function GoalFilters(props: IGoalFiltersProps): React.ReactElement {
  const { filter, onFilter } = props;
  const any: IDropdownOption = anyOption(strings.FilterAny);
  const years = yearChoices(props.currentYear, props.year).map((year): IDropdownOption => ({ key: year, text: String(year) }));
  const unitOptions: IDropdownOption[] = [any, ...unitOptionsOf(props.units).map((option) => ({ ...option, key: String(option.key) }))];
  const areaOptions: IDropdownOption[] = [any, ...SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }))];
  const filtered = filter.unitId !== undefined || !!filter.area;
  return (
    <div role="group" aria-label={strings.FiltersLabel} className={classes.grid}>
      <Dropdown label={strings.YearLabel} options={years} selectedKey={props.year} onChange={(_, option) => option && props.onYear(Number(option.key))} />
      <Dropdown
        label={strings.FilterUnit}
        options={unitOptions}
        selectedKey={choiceKey(filter.unitId)}
        onRenderOption={renderUnitOption}
        onChange={(_, option) => onFilter({ ...filter, unitId: chosenId(option) })}
      />
      <Dropdown
        label={strings.FilterArea}
        options={areaOptions}
        selectedKey={choiceKey(filter.area)}
        onChange={(_, option) => onFilter({ ...filter, area: chosen<SecurityArea>(option) })}
      />
      {filtered && <DefaultButton text={strings.ClearFilters} onClick={() => onFilter({})} />}
    </div>
  );
}
