import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'RiskRegisterWebPartStrings';
import { levelOf, scoreOf } from '../../../../domain/risks/matrix';
import { IMatrixStep, IRiskMatrix } from '../../../../domain/risks/types';
import { AssessmentKind } from '../../../../domain/risks/vocabulary';
import { format } from '../../../../common/format';
import { IPickedAssessment } from '../../riskFormState';
import { LevelBadge } from '../LevelBadge';
import { fieldErrorText } from './fieldErrorText';

export interface IAssessmentPickerProps {
  kind: AssessmentKind;
  matrix: IRiskMatrix;
  value: IPickedAssessment;
  error?: string;
  readOnly: boolean;
  onChange: (value: IPickedAssessment) => void;
}

function options(steps: readonly IMatrixStep[]): IDropdownOption[] {
  return steps.map((step) => ({ key: step.value, text: `${step.value} ${step.name}`, data: step.description }));
}

/**
 * One assessment as two choices on the matrix's own steps, each option with the region's
 * description, and the result in words: score and level name (the colour only repeats it).
 */
export function AssessmentPicker(props: IAssessmentPickerProps): React.ReactElement {
  const theme = useTheme();
  const { matrix, value, kind } = props;
  const complete = value.likelihood !== undefined && value.consequence !== undefined;
  const level = complete ? levelOf(matrix, { likelihood: value.likelihood!, consequence: value.consequence! }) : undefined;
  const renderOption = (option?: IDropdownOption): JSX.Element => (
    <div style={{ padding: '4px 0' }}>
      <div>{option ? option.text : ''}</div>
      <div style={{ fontSize: 12, color: theme.semanticColors.bodySubtext, whiteSpace: 'normal' }}>{option ? String(option.data || '') : ''}</div>
    </div>
  );
  const described = (steps: readonly IMatrixStep[], step: number | undefined): string => (step !== undefined && steps[step - 1] ? steps[step - 1].description : '');

  return (
    <fieldset data-assessment={kind} style={{ border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 8, margin: 0, minWidth: 0 }}>
      <legend style={{ fontWeight: 600 }}>{strings.AssessmentKinds[kind]}</legend>
      <Dropdown
        label={strings.LikelihoodHeading}
        disabled={props.readOnly}
        options={options(matrix.likelihood)}
        selectedKey={value.likelihood === undefined ? null : value.likelihood}
        onRenderOption={renderOption}
        onChange={(_, option) => option && props.onChange({ ...value, likelihood: Number(option.key) })}
      />
      <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext, minHeight: 16 } }}>
        {described(matrix.likelihood, value.likelihood)}
      </Text>
      <Dropdown
        label={strings.ConsequenceHeading}
        disabled={props.readOnly}
        options={options(matrix.consequence)}
        selectedKey={value.consequence === undefined ? null : value.consequence}
        onRenderOption={renderOption}
        onChange={(_, option) => option && props.onChange({ ...value, consequence: Number(option.key) })}
      />
      <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext, minHeight: 16 } }}>
        {described(matrix.consequence, value.consequence)}
      </Text>
      <Text block styles={{ root: { marginTop: 6 } }} data-assessment-result={level ? level.key : ''}>
        {complete && level ? (
          <>
            {format(strings.ScoreIs, scoreOf({ likelihood: value.likelihood!, consequence: value.consequence! }))} <LevelBadge level={level} />
          </>
        ) : (
          strings.NotAssessed
        )}
      </Text>
      {props.error && (
        <Text role="alert" block styles={{ root: { color: theme.semanticColors.errorText } }}>
          {fieldErrorText(props.error)}
        </Text>
      )}
    </fieldset>
  );
}
