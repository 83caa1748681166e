import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationInboxWebPartStrings';
import { DEVIATION_TYPES, DeviationType } from '../../../../domain/deviations/vocabulary';
import { SECURITY_AREAS, SecurityArea } from '../../../../domain/securityAreas';
import { DEFAULT_INBOX_FILTER, IInboxFilter, PeriodChoice } from '../../inboxFilter';
import { areaLabel, typeLabel } from '../../handling/labels';
import { anyOption, choiceKey, chosen, chosenId } from '../../../../components/anyChoice';

export interface IInboxFiltersProps {
  filter: IInboxFilter;
  units: readonly { id: number; title: string }[];
  onChange: (filter: IInboxFilter) => void;
}

const classes = mergeStyleSets({
  row: {
    display: 'grid',
    // Two filters a row on a phone, all four on a wide page.
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: 8,
    alignItems: 'end'
  }
});

/** Area, type, unit and period; the status is chosen with the chips. */
export function InboxFilters(props: IInboxFiltersProps): React.ReactElement {
  const { filter, onChange } = props;
  const any: IDropdownOption = anyOption(strings.FilterAny);
  const areaOptions: IDropdownOption[] = [any, ...SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }))];
  const typeOptions: IDropdownOption[] = [any, ...DEVIATION_TYPES.map((type) => ({ key: type, text: typeLabel(type) }))];
  const unitOptions: IDropdownOption[] = [any, ...props.units.map((unit) => ({ key: String(unit.id), text: unit.title }))];
  const periodOptions: IDropdownOption[] = [
    { key: 'all', text: strings.PeriodAll },
    { key: '30', text: strings.Period30 },
    { key: '90', text: strings.Period90 },
    { key: '365', text: strings.Period365 }
  ];
  const isFiltered = !!filter.area || !!filter.type || filter.unitId !== undefined || filter.period !== 'all';

  return (
    <div className={classes.row}>
      <Dropdown
        label={strings.FilterArea}
        options={areaOptions}
        selectedKey={choiceKey(filter.area)}
        onChange={(_, option) => onChange({ ...filter, area: chosen<SecurityArea>(option) })}
      />
      <Dropdown
        label={strings.FilterType}
        options={typeOptions}
        selectedKey={choiceKey(filter.type)}
        onChange={(_, option) => onChange({ ...filter, type: chosen<DeviationType>(option) })}
      />
      <Dropdown
        label={strings.FilterUnit}
        options={unitOptions}
        selectedKey={choiceKey(filter.unitId)}
        onChange={(_, option) => onChange({ ...filter, unitId: chosenId(option) })}
      />
      <Dropdown
        label={strings.FilterPeriod}
        options={periodOptions}
        selectedKey={filter.period}
        onChange={(_, option) => onChange({ ...filter, period: option ? (option.key as PeriodChoice) : 'all' })}
      />
      {isFiltered && (
        <DefaultButton text={strings.ClearFilters} onClick={() => onChange({ ...DEFAULT_INBOX_FILTER, status: filter.status })} />
      )}
    </div>
  );
}
