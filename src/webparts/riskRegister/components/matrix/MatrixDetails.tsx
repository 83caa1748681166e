import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { SECURITY_AREAS } from '../../../../domain/securityAreas';
import { CONSEQUENCE_DIMENSIONS, IRiskMatrix } from '../../../../domain/risks/types';
import { Section } from '../../../../components/Section';
import { areaLabel, levelByKey } from '../../labels';
import { LevelBadge } from '../LevelBadge';

export interface IMatrixDetailsProps {
  matrix: IRiskMatrix;
}

/** The matrix's words: steps with descriptions, consequence examples per dimension, levels, appetite. */
export function MatrixDetails(props: IMatrixDetailsProps): React.ReactElement {
  const theme = useTheme();
  const { matrix } = props;
  const cell = { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, overflowWrap: 'break-word' } as const;
  const classes = mergeStyleSets({
    scroll: { overflowX: 'auto' },
    table: { width: '100%', borderCollapse: 'collapse', selectors: { th: { ...cell, fontWeight: 600 }, td: cell } },
    wide: { minWidth: 720 }
  });

  return (
    <>
      <Section id="trygg-matrix-likelihood" heading={strings.LikelihoodHeading}>
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col">{strings.StepColumn}</th>
              <th scope="col">{strings.DescriptionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.likelihood.map((step) => (
              <tr key={step.value}>
                <th scope="row">{`${step.value} ${step.name}`}</th>
                <td>{step.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="trygg-matrix-consequence" heading={strings.ConsequenceHeading}>
        <div className={classes.scroll} tabIndex={0} role="region" aria-label={strings.ConsequenceHeading}>
          <table className={`${classes.table} ${classes.wide}`}>
            <thead>
              <tr>
                <th scope="col">{strings.StepColumn}</th>
                <th scope="col">{strings.DescriptionColumn}</th>
                {CONSEQUENCE_DIMENSIONS.map((dimension) => (
                  <th key={dimension} scope="col">
                    {strings.Dimensions[dimension]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.consequence.map((step) => (
                <tr key={step.value}>
                  <th scope="row">{`${step.value} ${step.name}`}</th>
                  <td>{step.description}</td>
                  {CONSEQUENCE_DIMENSIONS.map((dimension) => (
                    <td key={dimension}>{step.examples ? step.examples[dimension] : ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <Section id="trygg-matrix-levels" heading={strings.LevelsHeading}>
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col">{strings.LevelColumn}</th>
              <th scope="col">{strings.DescriptionColumn}</th>
              <th scope="col">{strings.ReviewMonthsColumn}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.levels
              .slice()
              .reverse()
              .map((level) => (
                <tr key={level.key}>
                  <th scope="row">
                    <LevelBadge level={level} />
                  </th>
                  <td>{level.description}</td>
                  <td>{level.reviewMonths}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </Section>
      <Section id="trygg-matrix-appetite" heading={strings.AppetiteHeading}>
        <p style={{ marginTop: 0 }}>{strings.AppetiteIntro}</p>
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col">{strings.AreaColumn}</th>
              <th scope="col">{strings.AppetiteColumn}</th>
            </tr>
          </thead>
          <tbody>
            {SECURITY_AREAS.map((area) => (
              <tr key={area} data-appetite={area}>
                <th scope="row">{areaLabel(area)}</th>
                <td>
                  <LevelBadge level={levelByKey(matrix, matrix.appetite[area])} empty={strings.NoLevel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
}
