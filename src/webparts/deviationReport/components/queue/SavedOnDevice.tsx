import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'DeviationReportWebPartStrings';
import { buttonStyles } from '../form/touchStyles';

export interface ISavedOnDeviceProps {
  onReportAnother: () => void;
}

/**
 * In place of the form once a report is kept but not yet confirmed: the queue status above says
 * how many wait and offers "send now"; here the reporter may go on with the next report.
 */
export function SavedOnDevice(props: ISavedOnDeviceProps): React.ReactElement {
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (heading.current) heading.current.focus();
  }, []);
  return (
    <section data-trygg="report-saved" aria-labelledby="trygg-saved-heading">
      <Stack tokens={{ childrenGap: 12 }}>
        <h3 id="trygg-saved-heading" ref={heading} tabIndex={-1} style={{ margin: 0, fontSize: 20, fontWeight: 600, outline: 'none' }}>
          {strings.SavedHeading}
        </h3>
        <Text block>{strings.SavedOnDevice}</Text>
        <Stack horizontal>
          <PrimaryButton onClick={props.onReportAnother} styles={buttonStyles}>
            {strings.ReportAnother}
          </PrimaryButton>
        </Stack>
      </Stack>
    </section>
  );
}
