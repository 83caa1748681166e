import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { format } from '../../../../common/format';
import { ColumnMapping, missingColumns, REQUIRED_RISK_COLUMNS, RISK_COLUMNS, RiskColumnKey } from '../../../../domain/risks/riskImport';
import { columnLabel, headerText } from './importText';

export interface IColumnMappingFieldsProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  disabled?: boolean;
  onChange: (key: RiskColumnKey, index: number | undefined) => void;
}

const NOT_IMPORTED = -1;

/** One choice per register column: which of the file's columns feeds it, or none. */
export function ColumnMappingFields(props: IColumnMappingFieldsProps): React.ReactElement {
  const { headers, mapping } = props;
  const options: IDropdownOption[] = React.useMemo(
    () => [{ key: NOT_IMPORTED, text: strings.ImportColumnNone }, ...headers.map((header, i) => ({ key: i, text: headerText(header, i) }))],
    [headers]
  );
  const used = new Set(Object.keys(mapping).map((key) => mapping[key as RiskColumnKey]));
  const unused = headers.map((header, i) => (used.has(i) ? '' : headerText(header, i))).filter((text) => !!text);
  const missing = missingColumns(mapping);
  return (
    <Stack tokens={{ childrenGap: 8 }} data-trygg="import-columns">
      <Text block>{strings.ImportColumnsIntro}</Text>
      {missing.length > 0 && (
        <Text block role="alert" styles={{ root: { fontWeight: 600 } }}>
          {format(strings.ImportColumnsMissing, missing.map(columnLabel).join(', '))}
        </Text>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        {RISK_COLUMNS.map((column) => (
          <Dropdown
            key={column.key}
            label={columnLabel(column.key)}
            required={REQUIRED_RISK_COLUMNS.indexOf(column.key) >= 0}
            options={options}
            selectedKey={mapping[column.key] === undefined ? NOT_IMPORTED : mapping[column.key]}
            disabled={props.disabled}
            onChange={(_event, option) => option && props.onChange(column.key, option.key === NOT_IMPORTED ? undefined : Number(option.key))}
            styles={{ root: { width: 220 } }}
          />
        ))}
      </Stack>
      {unused.length > 0 && <Text block variant="small">{format(strings.ImportColumnsUnused, unused.join(', '))}</Text>}
    </Stack>
  );
}
