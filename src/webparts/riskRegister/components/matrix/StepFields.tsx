import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { IMatrixError, MATRIX_TEXT_LIMITS } from '../../../../domain/risks/matrix';
import { CONSEQUENCE_DIMENSIONS, IRiskMatrix } from '../../../../domain/risks/types';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { Section } from '../../../../components/Section';
import { format } from '../../../../common/format';
import { withExample, withStep } from '../../matrixDraft';
import { fieldError } from './fieldError';

export interface IStepFieldsProps {
  axis: 'likelihood' | 'consequence';
  matrix: IRiskMatrix;
  errors: Map<string, IMatrixError>;
  onChange: (matrix: IRiskMatrix) => void;
}

const classes = mergeStyleSets({
  step: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 8, alignItems: 'start' },
  fieldset: { border: '1px solid', borderColor: 'inherit', borderRadius: 4, padding: 8, margin: 0 }
});

/** The steps of one axis: a name and a description each; consequence steps also their examples. */
export function StepFields(props: IStepFieldsProps): React.ReactElement {
  const { axis, matrix, errors, onChange } = props;
  const heading = axis === 'likelihood' ? strings.LikelihoodHeading : strings.ConsequenceHeading;
  const steps = matrix[axis];
  return (
    <Section id={`trygg-matrix-edit-${axis}`} heading={heading}>
      <Stack tokens={{ childrenGap: 12 }}>
        {steps.map((step, index) => {
          const at = `${axis}.${index + 1}`;
          return (
            <fieldset key={step.value} className={classes.fieldset} data-step={at}>
              <legend>{format(strings.StepLegend, step.value)}</legend>
              <div className={classes.step}>
                <LimitedTextField
                  label={strings.MatrixFields.name}
                  required
                  value={step.name}
                  limit={MATRIX_TEXT_LIMITS.stepName}
                  errorMessage={fieldError(errors, `${at}.name`)}
                  onChange={(name) => onChange(withStep(matrix, axis, index, { name }))}
                />
                <LimitedTextField
                  label={strings.MatrixFields.description}
                  multiline
                  autoAdjustHeight
                  value={step.description}
                  limit={MATRIX_TEXT_LIMITS.stepDescription}
                  errorMessage={fieldError(errors, `${at}.description`)}
                  onChange={(description) => onChange(withStep(matrix, axis, index, { description }))}
                />
                {axis === 'consequence' &&
                  CONSEQUENCE_DIMENSIONS.map((dimension) => (
                    <LimitedTextField
                      key={dimension}
                      label={strings.Dimensions[dimension]}
                      multiline
                      autoAdjustHeight
                      value={matrix.consequence[index].examples ? matrix.consequence[index].examples[dimension] : ''}
                      limit={MATRIX_TEXT_LIMITS.example}
                      errorMessage={fieldError(errors, `${at}.examples.${dimension}`)}
                      onChange={(text) => onChange(withExample(matrix, index, dimension, text))}
                    />
                  ))}
              </div>
            </fieldset>
          );
        })}
      </Stack>
    </Section>
  );
}
