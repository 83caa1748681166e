import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DeviationReportWebPartStrings';
import { checkboxStyles } from './touchStyles';

export interface IProtectionFieldsProps {
  involvesPersonalData: boolean;
  suspectedCrime: boolean;
  onChange: (involvesPersonalData: boolean, suspectedCrime: boolean) => void;
}

/** The two answers that make a report protected (requiresSecurityApproval), with what that means. */
export function ProtectionFields(props: IProtectionFieldsProps): React.ReactElement {
  const theme = useTheme();
  const hintId = 'trygg-report-protected-hint';
  return (
    <div>
      <Checkbox
        label={strings.PersonalDataLabel}
        checked={props.involvesPersonalData}
        onChange={(_event, checked) => props.onChange(!!checked, props.suspectedCrime)}
        ariaDescribedBy={hintId}
        styles={checkboxStyles}
      />
      <Checkbox
        label={strings.SuspectedCrimeLabel}
        checked={props.suspectedCrime}
        onChange={(_event, checked) => props.onChange(props.involvesPersonalData, !!checked)}
        ariaDescribedBy={hintId}
        styles={checkboxStyles}
      />
      <Text id={hintId} variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {strings.ProtectedHint}
      </Text>
    </div>
  );
}
