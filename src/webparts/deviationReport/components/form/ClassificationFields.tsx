import * as React from 'react';
import { Dropdown, IDropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as common from 'TryggStrings';
import * as strings from 'DeviationReportWebPartStrings';
import { DEVIATION_TYPE_KEYS, DEVIATION_TYPES, DeviationType } from '../../../../domain/deviations/vocabulary';
import { SECURITY_AREA_KEYS, SECURITY_AREAS, SecurityArea } from '../../../../domain/securityAreas';
import { dropdownStyles } from './touchStyles';

export interface IClassificationFieldsProps {
  type: DeviationType | undefined;
  area: SecurityArea | undefined;
  onChange: (type: DeviationType | undefined, area: SecurityArea | undefined) => void;
  typeError?: string;
  areaError?: string;
  typeRef: React.RefObject<IDropdown>;
  areaRef: React.RefObject<IDropdown>;
}

/** "Vet inte" is a real answer: it is the first option and stores nothing. */
const NOT_CLASSIFIED = '';

function options<T extends string>(values: readonly T[], label: (value: T) => string): IDropdownOption[] {
  return [{ key: NOT_CLASSIFIED, text: strings.NotClassified }, ...values.map((value) => ({ key: value, text: label(value) }))];
}

/** Type and security area, both optional: reporters need not classify, their manager does. */
export function ClassificationFields(props: IClassificationFieldsProps): React.ReactElement {
  const theme = useTheme();
  const typeOptions = React.useMemo(() => options(DEVIATION_TYPES, (type) => common.DeviationTypes[DEVIATION_TYPE_KEYS[type]]), []);
  const areaOptions = React.useMemo(() => options(SECURITY_AREAS, (area) => common.Areas[SECURITY_AREA_KEYS[area]]), []);
  const hintId = 'trygg-report-classify-hint';
  return (
    <>
      <Text id={hintId} variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {strings.ClassifyHint}
      </Text>
      <Dropdown
        componentRef={props.typeRef}
        label={strings.TypeLabel}
        options={typeOptions}
        selectedKey={props.type || NOT_CLASSIFIED}
        onChange={(_event, option) => props.onChange(option && option.key ? (option.key as DeviationType) : undefined, props.area)}
        errorMessage={props.typeError}
        aria-describedby={hintId}
        styles={dropdownStyles}
      />
      <Dropdown
        componentRef={props.areaRef}
        label={strings.AreaLabel}
        options={areaOptions}
        selectedKey={props.area || NOT_CLASSIFIED}
        onChange={(_event, option) => props.onChange(props.type, option && option.key ? (option.key as SecurityArea) : undefined)}
        errorMessage={props.areaError}
        aria-describedby={hintId}
        styles={dropdownStyles}
      />
    </>
  );
}
