import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationStatisticsWebPartStrings';
import { IOrganisationUnit, unitAncestry } from '../../../domain/organisation';
import { PERIOD_PRESETS, PeriodPreset } from '../period';

export interface IStatisticsFiltersProps {
  preset: PeriodPreset;
  onPresetChange: (preset: PeriodPreset) => void;
  units: readonly IOrganisationUnit[];
  unitId: number | undefined;
  onUnitChange: (unitId: number | undefined) => void;
}

const ALL = '';

const classes = mergeStyleSets({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 8 }
});

/** Units in hierarchy order, indented, so the choice shows what "with the units below" means. */
function unitOptions(units: readonly IOrganisationUnit[]): IDropdownOption[] {
  const path = (unit: IOrganisationUnit): string =>
    unitAncestry(units, unit.id)
      .reverse()
      .map((u) => u.title)
      .join('\u0000');
  return units
    .slice()
    .sort((a, b) => path(a).localeCompare(path(b), 'sv'))
    .map((unit) => ({
      key: String(unit.id),
      text: `${'\u00a0\u00a0\u00a0'.repeat(unitAncestry(units, unit.id).length - 1)}${unit.title}`,
      ariaLabel: unit.title
    }));
}

export function StatisticsFilters(props: IStatisticsFiltersProps): React.ReactElement {
  const periodOptions: IDropdownOption[] = PERIOD_PRESETS.map((preset) => ({ key: preset, text: strings.Periods[preset] }));
  const options = React.useMemo(() => [{ key: ALL, text: strings.WholeRegion }, ...unitOptions(props.units)], [props.units]);
  return (
    <div className={classes.row}>
      <Dropdown
        label={strings.PeriodLabel}
        options={periodOptions}
        selectedKey={props.preset}
        onChange={(_, option) => option && props.onPresetChange(option.key as PeriodPreset)}
      />
      <Dropdown
        label={strings.UnitFilterLabel}
        options={options}
        selectedKey={props.unitId !== undefined ? String(props.unitId) : ALL}
        onChange={(_, option) => props.onUnitChange(option && option.key !== ALL ? Number(option.key) : undefined)}
      />
    </div>
  );
}
