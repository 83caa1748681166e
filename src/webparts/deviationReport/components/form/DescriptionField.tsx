import * as React from 'react';
import { ITextField, TextField } from '@fluentui/react/lib/TextField';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DeviationReportWebPartStrings';
import { DRAFT_LIMITS } from '../../../../domain/deviations/draftValidation';
import { format } from '../../../../common/format';
import { multilineStyles } from './touchStyles';

export interface IDescriptionFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  errorMessage?: string;
  componentRef: React.RefObject<ITextField>;
}

/** What happened: the one text a reporter must write. The hint steers it to what, not who. */
export function DescriptionField(props: IDescriptionFieldProps): React.ReactElement {
  const theme = useTheme();
  const length = props.value.trim().length;
  const over = length > DRAFT_LIMITS.descriptionMax;
  return (
    <TextField
      componentRef={props.componentRef}
      label={strings.DescriptionLabel}
      required
      multiline
      autoAdjustHeight
      rows={5}
      value={props.value}
      onChange={(_event, value) => props.onChange(value || '')}
      onBlur={props.onBlur}
      errorMessage={props.errorMessage}
      validateOnLoad={false}
      styles={multilineStyles}
      description=" "
      onRenderDescription={() => (
        <span style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 8 }}>
          <Text variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
            {strings.DescriptionHint}
          </Text>
          <Text
            variant="small"
            data-counter="description"
            styles={{ root: { color: over ? theme.semanticColors.errorText : theme.semanticColors.bodySubtext, whiteSpace: 'nowrap' } }}
          >
            {format(strings.CharacterCount, length, DRAFT_LIMITS.descriptionMax)}
          </Text>
        </span>
      )}
    />
  );
}
