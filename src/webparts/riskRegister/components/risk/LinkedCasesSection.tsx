import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { Section } from '../../../../components/Section';

export interface ILinkedCasesSectionProps {
  /** Case numbers (AVV-…, SKY-…) of the deviations that raised or updated the risk. */
  cases: readonly string[];
}

/**
 * The deviations behind the risk, by case number. Only the number: a protected case's contents are
 * its handler's, and the inbox shows each case to those who may read it.
 */
export function LinkedCasesSection(props: ILinkedCasesSectionProps): React.ReactElement {
  return (
    <Section id="trygg-risk-cases" heading={strings.LinkedCasesHeading}>
      {props.cases.length === 0 ? (
        <Text block>{strings.NoLinkedCases}</Text>
      ) : (
        <>
          <Text block>{strings.LinkedCasesIntro}</Text>
          <ul data-linked-cases style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {props.cases.map((caseNumber) => (
              <li key={caseNumber}>{caseNumber}</li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
