import * as React from 'react';
import { ITextField, TextField } from '@fluentui/react/lib/TextField';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DeviationReportWebPartStrings';
import { textFieldStyles } from './touchStyles';

export interface IWhenFieldsProps {
  date: string;
  time: string;
  /** Today on the device: the date picker offers nothing later. */
  maxDate: string;
  onChange: (date: string, time: string) => void;
  onBlur: () => void;
  errorMessage?: string;
  componentRef: React.RefObject<ITextField>;
}

/**
 * Date and time as the device's own pickers (native inputs are the quickest on a phone), side by
 * side when there is room and stacked on a narrow screen. One message for both, under both.
 */
export function WhenFields(props: IWhenFieldsProps): React.ReactElement {
  const theme = useTheme();
  const errorId = 'trygg-report-when-error';
  const invalid = !!props.errorMessage;
  const describedBy = invalid ? errorId : undefined;
  const half: React.CSSProperties = { flex: '1 1 140px', minWidth: 0 };
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend style={{ padding: '5px 0', fontWeight: 600, fontSize: 14, color: theme.semanticColors.bodyText }}>
        {strings.WhenLegend}
      </legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <div style={half}>
          <TextField
            componentRef={props.componentRef}
            type="date"
            label={strings.DateLabel}
            required
            value={props.date}
            max={props.maxDate}
            onChange={(_event, value) => props.onChange(value || '', props.time)}
            onBlur={props.onBlur}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            styles={textFieldStyles}
          />
        </div>
        <div style={half}>
          <TextField
            type="time"
            label={strings.TimeLabel}
            required
            value={props.time}
            onChange={(_event, value) => props.onChange(props.date, value || '')}
            onBlur={props.onBlur}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            styles={textFieldStyles}
          />
        </div>
      </div>
      {invalid && (
        <Text id={errorId} role="alert" variant="small" block styles={{ root: { color: theme.semanticColors.errorText, paddingTop: 4 } }}>
          {props.errorMessage}
        </Text>
      )}
    </fieldset>
  );
}
