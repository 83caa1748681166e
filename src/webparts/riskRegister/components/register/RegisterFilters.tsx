import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { SECURITY_AREAS, SecurityArea } from '../../../../domain/securityAreas';
import { RISK_STATUSES } from '../../../../domain/risks/vocabulary';
import { RiskSort } from '../../../../domain/risks/repositories';
import { IRiskMatrix } from '../../../../domain/risks/types';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { DEFAULT_REGISTER_FILTER, IRegisterFilter, isFiltered, StatusChoice } from '../../registerFilter';
import { areaLabel, statusLabel } from '../../labels';
import { renderUnitOption, unitOptions as unitOptionsOf } from '../../../../components/unitOptions';
import { anyOption, choiceKey, chosen, chosenId } from '../../../../components/anyChoice';

export interface IRegisterFiltersProps {
  filter: IRegisterFilter;
  units: readonly IOrganisationUnit[];
  matrix: IRiskMatrix;
  onChange: (filter: IRegisterFilter) => void;
}

const SORTS: readonly RiskSort[] = ['score', 'nextReview', 'newest'];

const classes = mergeStyleSets({
  grid: {
    display: 'grid',
    // Two filters a row on a phone, all of them on a wide page.
    gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
    gap: 8,
    alignItems: 'end'
  },
  checks: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'center', marginTop: 8 }
});

/** Unit (with the units below it), area, level, status and order; mine and due reviews as checkboxes. */
export function RegisterFilters(props: IRegisterFiltersProps): React.ReactElement {
  const { filter, onChange, matrix } = props;
  const any: IDropdownOption = anyOption(strings.FilterAny);
  const unitOptions: IDropdownOption[] = [any, ...unitOptionsOf(props.units).map((option) => ({ ...option, key: String(option.key) }))];
  const areaOptions: IDropdownOption[] = [any, ...SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }))];
  const levelOptions: IDropdownOption[] = [any, ...matrix.levels.slice().reverse().map((level) => ({ key: level.key, text: level.name }))];
  const statusOptions: IDropdownOption[] = [
    { key: 'open', text: strings.StatusOpen },
    { key: 'all', text: strings.StatusAll },
    ...RISK_STATUSES.map((status) => ({ key: status, text: statusLabel(status) }))
  ];
  const sortOptions: IDropdownOption[] = SORTS.map((sort) => ({ key: sort, text: strings.Sorts[sort] }));

  return (
    <div role="group" aria-label={strings.FiltersLabel}>
      <div className={classes.grid}>
        <Dropdown
          label={strings.FilterUnit}
          options={unitOptions}
          selectedKey={choiceKey(filter.unitId)}
          onRenderOption={renderUnitOption}
          onChange={(_, option) => onChange({ ...filter, unitId: chosenId(option) })}
        />
        <Dropdown
          label={strings.FilterArea}
          options={areaOptions}
          selectedKey={choiceKey(filter.area)}
          onChange={(_, option) => onChange({ ...filter, area: chosen<SecurityArea>(option) })}
        />
        <Dropdown
          label={strings.FilterLevel}
          options={levelOptions}
          selectedKey={choiceKey(filter.levelKey)}
          onChange={(_, option) => onChange({ ...filter, levelKey: chosen(option) })}
        />
        <Dropdown
          label={strings.FilterStatus}
          options={statusOptions}
          selectedKey={filter.status}
          onChange={(_, option) => onChange({ ...filter, status: option ? (option.key as StatusChoice) : 'open' })}
        />
        <Dropdown
          label={strings.SortLabel}
          options={sortOptions}
          selectedKey={filter.sort}
          onChange={(_, option) => onChange({ ...filter, sort: option ? (option.key as RiskSort) : 'score' })}
        />
      </div>
      <div className={classes.checks}>
        <Checkbox label={strings.FilterMine} checked={filter.mine} onChange={(_, checked) => onChange({ ...filter, mine: !!checked })} />
        <Checkbox label={strings.FilterReviewDue} checked={filter.reviewDue} onChange={(_, checked) => onChange({ ...filter, reviewDue: !!checked })} />
        <Checkbox
          label={strings.FilterAcceptanceExpiring}
          checked={filter.acceptanceExpiring}
          onChange={(_, checked) => onChange({ ...filter, acceptanceExpiring: !!checked })}
        />
        {isFiltered(filter) && <DefaultButton text={strings.ClearFilters} onClick={() => onChange({ ...DEFAULT_REGISTER_FILTER, sort: filter.sort })} />}
      </div>
    </div>
  );
}
