import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { format } from '../../../../common/format';
import { LevelAxis, LevelMapping, labelKey } from '../../../../domain/risks/riskImport';
import { IRiskMatrix } from '../../../../domain/risks/types';

export interface ILevelMappingFieldsProps {
  /** The distinct labels per axis, as first written in the file. */
  labels: Readonly<Record<LevelAxis, readonly string[]>>;
  levels: LevelMapping;
  matrix: IRiskMatrix;
  disabled?: boolean;
  onChange: (axis: LevelAxis, label: string, step: number | undefined) => void;
}

const UNKNOWN = 0;

/** Each label the file uses for likelihood and consequence, placed on a step of the current matrix. */
export function LevelMappingFields(props: ILevelMappingFieldsProps): React.ReactElement {
  const { labels, levels, matrix } = props;
  const axes: [LevelAxis, string][] = [
    ['likelihood', strings.ImportLikelihood],
    ['consequence', strings.ImportConsequence]
  ];
  if (labels.likelihood.length === 0 && labels.consequence.length === 0) return <Text block>{strings.ImportNoLevels}</Text>;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-trygg="import-levels">
      <Text block>{format(strings.ImportLevelsIntro, matrix.version)}</Text>
      {axes
        .filter(([axis]) => labels[axis].length > 0)
        .map(([axis, heading]) => {
          const options: IDropdownOption[] = [
            { key: UNKNOWN, text: strings.ImportLevelNone },
            ...matrix[axis].map((step) => ({ key: step.value, text: format(strings.ImportStepOption, step.value, step.name) }))
          ];
          return (
            <Stack key={axis} tokens={{ childrenGap: 4 }}>
              <Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>
                {heading}
              </Text>
              <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
                {labels[axis].map((label) => (
                  <Dropdown
                    key={labelKey(label)}
                    label={label}
                    options={options}
                    selectedKey={levels[axis][labelKey(label)] || UNKNOWN}
                    disabled={props.disabled}
                    onChange={(_event, option) => option && props.onChange(axis, label, option.key === UNKNOWN ? undefined : Number(option.key))}
                    styles={{ root: { width: 220 } }}
                  />
                ))}
              </Stack>
            </Stack>
          );
        })}
    </Stack>
  );
}
