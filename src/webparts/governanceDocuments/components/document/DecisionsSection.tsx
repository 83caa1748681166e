import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { responsiveTable } from '../../../../components/responsiveTable';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IDocumentDecision } from '../../../../domain/documents/types';
import { DOCUMENT_DECISION_KIND_KEYS } from '../../../../domain/documents/vocabulary';
import { Section } from '../../../../components/Section';
import { formatDate, formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { decisionLabel, personName } from '../../labels';

export interface IDecisionsSectionProps {
  decisions: readonly IDocumentDecision[];
}

/** What was decided about the document, newest first: approvals, reviews, requested changes, withdrawal. */
export function DecisionsSection(props: IDecisionsSectionProps): React.ReactElement {
  const theme = useTheme();
  const decisions = props.decisions.slice().sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  const classes = mergeStyleSets({
    table: responsiveTable(theme, { breakAnywhere: true }),
    caption: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
    note: { whiteSpace: 'pre-wrap' }
  });
  const label = (index: number): string => strings.DecisionColumns[index];
  const details = (decision: IDocumentDecision): string =>
    [
      decision.effectiveFrom ? format(strings.DecisionEffectiveFrom, formatDate(decision.effectiveFrom)) : '',
      decision.validUntil ? format(strings.DecisionValidUntil, formatDate(decision.validUntil)) : '',
      decision.nextReviewAt ? format(strings.DecisionNextReview, formatDate(decision.nextReviewAt)) : ''
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <Section id="trygg-document-decisions" heading={strings.DecisionsHeading}>
      {decisions.length === 0 ? (
        <Text block>{strings.NoDecisions}</Text>
      ) : (
        <table className={classes.table} data-decisions>
          <caption className={classes.caption}>{strings.DecisionsHeading}</caption>
          <thead>
            <tr>
              {strings.DecisionColumns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {decisions.map((decision) => (
              <tr key={decision.id} data-decision={DOCUMENT_DECISION_KIND_KEYS[decision.kind]}>
                <td data-label={label(0)} style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(decision.recordedAt)}
                </td>
                <td data-label={label(1)}>{decisionLabel(decision.kind)}</td>
                <td data-label={label(2)}>{decision.edition > 0 ? String(decision.edition) : ''}</td>
                <td data-label={label(3)}>{decision.decidedByBody || ''}</td>
                <td data-label={label(4)}>{personName(decision.recordedBy)}</td>
                <td data-label={label(5)}>
                  <span className={classes.note}>{[decision.note || '', details(decision)].filter(Boolean).join('\n')}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
