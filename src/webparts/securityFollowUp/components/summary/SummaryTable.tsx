import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { ISelfAssessmentSummary, SELF_ASSESSMENT_QUESTIONS } from '../../../../domain/pdsa/selfAssessment';
import { responsiveTable } from '../../../../components/responsiveTable';
import { format } from '../../../../common/format';
import { meanText } from '../../summaryView';
import { questionGroupLabel, questionText, unitTitles } from '../../labels';
import { DistributionBar } from './DistributionBar';

export interface ISummaryTableProps {
  summary: ISelfAssessmentSummary;
  units: readonly IOrganisationUnit[];
}

/** One row per question: the answers' distribution, the mean, and the units that have not answered it (named). */
export function SummaryTable(props: ISummaryTableProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({ table: responsiveTable(theme) });
  const byKey = new Map(props.summary.questions.map((question) => [question.key, question] as const));
  return (
    <table className={classes.table} aria-label={strings.SummaryTableLabel}>
      <thead>
        <tr>
          <th scope="col">{strings.ColumnQuestion}</th>
          <th scope="col" style={{ width: '32%' }}>
            {strings.ColumnDistribution}
          </th>
          <th scope="col">{strings.ColumnMean}</th>
          <th scope="col">{strings.ColumnNotAnswered}</th>
        </tr>
      </thead>
      <tbody>
        {SELF_ASSESSMENT_QUESTIONS.map((question) => {
          const summary = byKey.get(question.key);
          if (!summary) return null;
          const missing = unitTitles(props.units, summary.unitsNotAnswered);
          return (
            <tr key={question.key} data-summary-question={question.key}>
              <td data-label={strings.ColumnQuestion}>
                <span style={{ display: 'block', fontSize: 12, fontWeight: 600, color: theme.semanticColors.bodySubtext }}>{questionGroupLabel(question)}</span>
                {questionText(question)}
              </td>
              <td data-label={strings.ColumnDistribution}>
                <DistributionBar question={summary} />
              </td>
              <td data-label={strings.ColumnMean} data-mean={summary.mean === undefined ? '' : summary.mean.toFixed(2)}>
                {meanText(summary.mean)}
              </td>
              <td data-label={strings.ColumnNotAnswered}>
                {missing.length === 0 ? (
                  strings.AllAnswered
                ) : (
                  <details>
                    <summary>{format(strings.UnitsCount, missing.length)}</summary>
                    <span style={{ fontSize: 12 }}>{missing.join(', ')}</span>
                  </details>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
