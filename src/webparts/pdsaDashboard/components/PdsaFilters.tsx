import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'PdsaDashboardWebPartStrings';
import { SECURITY_AREAS, SecurityArea } from '../../../domain/securityAreas';
import { areaLabel } from '../../../components/areaLabel';

export interface IPdsaFilter {
  readonly year: number;
  readonly area?: SecurityArea;
}

export interface IPdsaFiltersProps {
  filter: IPdsaFilter;
  /** The years to choose from, newest first. */
  years: readonly number[];
  onChange: (filter: IPdsaFilter) => void;
}

const ALL = 'all';

/** Year and security area: the matrix and a unit's cycle are counted for these. */
export function PdsaFilters(props: IPdsaFiltersProps): React.ReactElement {
  const { filter } = props;
  const yearOptions: IDropdownOption[] = props.years.map((year) => ({ key: year, text: String(year) }));
  const areaOptions: IDropdownOption[] = [{ key: ALL, text: strings.AllAreas }].concat(
    SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }))
  );
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 12 }} data-pdsa-filters="">
      <Dropdown
        label={strings.YearLabel}
        options={yearOptions}
        selectedKey={filter.year}
        onChange={(_, option) => option && props.onChange({ ...filter, year: option.key as number })}
        styles={{ root: { minWidth: 120 } }}
      />
      <Dropdown
        label={strings.AreaLabel}
        options={areaOptions}
        selectedKey={filter.area || ALL}
        onChange={(_, option) => option && props.onChange({ year: filter.year, ...(option.key === ALL ? {} : { area: option.key as SecurityArea }) })}
        styles={{ root: { minWidth: 220 } }}
      />
    </Stack>
  );
}
