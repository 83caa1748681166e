import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { IMatrixError, MATRIX_TEXT_LIMITS } from '../../../../domain/risks/matrix';
import { IRiskMatrix } from '../../../../domain/risks/types';
import { SECURITY_AREAS } from '../../../../domain/securityAreas';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { Section } from '../../../../components/Section';
import { withAppetite, withLevel } from '../../matrixDraft';
import { areaLabel } from '../../labels';
import { LevelBadge } from '../LevelBadge';
import { fieldError } from './fieldError';

export interface ILevelFieldsProps {
  matrix: IRiskMatrix;
  errors: Map<string, IMatrixError>;
  onChange: (matrix: IRiskMatrix) => void;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 8, alignItems: 'start' },
  fieldset: { border: '1px solid', borderColor: 'inherit', borderRadius: 4, padding: 8, margin: 0 }
});

/** Each level's name, description, colour and review cadence, then the appetite per area. */
export function LevelFields(props: ILevelFieldsProps): React.ReactElement {
  const { matrix, errors, onChange } = props;
  const levelOptions = matrix.levels.map((level) => ({ key: level.key, text: level.name }));
  return (
    <>
      <Section id="trygg-matrix-edit-levels" heading={strings.LevelsHeading}>
        <Stack tokens={{ childrenGap: 12 }}>
          {matrix.levels.map((level, index) => {
            const at = `levels.${index + 1}`;
            return (
              <fieldset key={level.key} className={classes.fieldset} data-level-fields={level.key}>
                <legend>
                  <LevelBadge level={level} />
                </legend>
                <div className={classes.grid}>
                  <LimitedTextField
                    label={strings.MatrixFields.name}
                    required
                    value={level.name}
                    limit={MATRIX_TEXT_LIMITS.levelName}
                    errorMessage={fieldError(errors, `${at}.name`)}
                    onChange={(name) => onChange(withLevel(matrix, index, { name }))}
                  />
                  <LimitedTextField
                    label={strings.MatrixFields.description}
                    multiline
                    autoAdjustHeight
                    value={level.description}
                    limit={MATRIX_TEXT_LIMITS.levelDescription}
                    errorMessage={fieldError(errors, `${at}.description`)}
                    onChange={(description) => onChange(withLevel(matrix, index, { description }))}
                  />
                  <TextField
                    label={strings.MatrixFields.color}
                    description={strings.ColorHint}
                    value={level.color}
                    errorMessage={fieldError(errors, `${at}.color`)}
                    onChange={(_, color) => onChange(withLevel(matrix, index, { color: (color || '').trim() }))}
                  />
                  <TextField
                    label={strings.MatrixFields.reviewMonths}
                    type="number"
                    min={1}
                    value={Number.isFinite(level.reviewMonths) ? String(level.reviewMonths) : ''}
                    errorMessage={fieldError(errors, `${at}.reviewMonths`)}
                    onChange={(_, value) => onChange(withLevel(matrix, index, { reviewMonths: value ? Number(value) : NaN }))}
                  />
                </div>
              </fieldset>
            );
          })}
        </Stack>
      </Section>
      <Section id="trygg-matrix-edit-appetite" heading={strings.AppetiteHeading}>
        <p style={{ marginTop: 0 }}>{strings.AppetiteIntro}</p>
        <div className={classes.grid}>
          {SECURITY_AREAS.map((area) => (
            <Dropdown
              key={area}
              label={areaLabel(area)}
              options={levelOptions}
              selectedKey={matrix.appetite[area]}
              errorMessage={fieldError(errors, `appetite.${area}`)}
              onChange={(_, option) => option && onChange(withAppetite(matrix, area, String(option.key)))}
            />
          ))}
        </div>
      </Section>
    </>
  );
}
