import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { yearsToShow } from '../exerciseLog';

export interface IYearPickerProps {
  year: number;
  now: Date;
  onChange: (year: number) => void;
}

/** How many years back the pickers reach: the annual report compares with earlier years. */
const YEARS_BACK = 4;

/** The year the log, the questionnaire or the summary is for. */
export function YearPicker(props: IYearPickerProps): React.ReactElement {
  const years = yearsToShow(props.now, YEARS_BACK);
  if (years.indexOf(props.year) < 0) years.push(props.year);
  return (
    <Dropdown
      label={strings.YearLabel}
      options={years.map((year) => ({ key: year, text: String(year) }))}
      selectedKey={props.year}
      onChange={(_, option) => option && props.onChange(Number(option.key))}
      styles={{ root: { minWidth: 110 } }}
    />
  );
}
