import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DeviationReportWebPartStrings';
import { IDeviation } from '../../../../domain/deviations/types';
import { IRoutingDecision } from '../../../../domain/deviations/routing';
import { ACKNOWLEDGE_WITHIN_DAYS } from '../../../../domain/deviations/workflow';
import { format } from '../../../../common/format';
import { buttonStyles } from '../form/touchStyles';
import { routingText } from './routingText';

export interface IReceiptProps {
  deviation: IDeviation;
  routing: IRoutingDecision;
  onReportAnother: () => void;
  onShowMyReports: () => void;
}

/** The proof that the report arrived: its case number, who has it and what happens next. */
export function Receipt(props: IReceiptProps): React.ReactElement {
  const theme = useTheme();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { deviation, routing } = props;
  const recipientName = routing.handler.displayName || routing.handler.email;

  // Keyboard and screen reader users land on the outcome, not on a button that vanished.
  React.useEffect(() => {
    if (heading.current) heading.current.focus();
  }, []);

  return (
    <section data-trygg="report-receipt" aria-labelledby="trygg-receipt-heading">
      <Stack tokens={{ childrenGap: 12 }}>
        <h3 id="trygg-receipt-heading" ref={heading} tabIndex={-1} style={{ margin: 0, fontSize: 20, fontWeight: 600, outline: 'none' }}>
          {strings.ReceiptHeading}
        </h3>
        <div
          style={{
            padding: 12,
            borderRadius: 4,
            border: `1px solid ${theme.semanticColors.bodyDivider}`,
            borderLeft: `6px solid ${theme.palette.green}`
          }}
        >
          <Text block variant="small">
            {strings.ReceiptCaseNumberLabel}
          </Text>
          <Text block variant="xxLarge" data-trygg="case-number" styles={{ root: { fontWeight: 600, letterSpacing: '1px' } }}>
            {deviation.caseNumber}
          </Text>
        </div>
        <Text block data-trygg="routing">
          {routingText(routing)}
        </Text>
        {deviation.sensitive && <Text block>{strings.ReceiptProtected}</Text>}
        <Text as="h4" block variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600 } }}>
          {strings.ReceiptNextHeading}
        </Text>
        <ol style={{ margin: 0, paddingLeft: 20 }}>
          {strings.ReceiptNextSteps.map((step, index) => (
            <li key={index}>
              <Text>{format(step, recipientName, ACKNOWLEDGE_WITHIN_DAYS)}</Text>
            </li>
          ))}
        </ol>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <PrimaryButton onClick={props.onReportAnother} styles={buttonStyles}>
            {strings.ReportAnother}
          </PrimaryButton>
          <DefaultButton onClick={props.onShowMyReports} styles={buttonStyles}>
            {strings.ShowMyReports}
          </DefaultButton>
        </Stack>
      </Stack>
    </section>
  );
}
