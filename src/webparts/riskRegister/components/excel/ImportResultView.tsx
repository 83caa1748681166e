import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { format } from '../../../../common/format';
import { ImportRowOutcome } from '../../../../services/risks/RiskImportService';
import { AppliedImport } from './importState';
import { outcomeText } from './importText';

/** Outcomes in the order a person reads them: what was saved, then what was not and why. */
const ORDER: readonly ImportRowOutcome[] = ['added', 'alreadyAdded', 'updated', 'unchanged', 'skipped', 'conflict', 'unknownPerson', 'failed', 'notAttempted'];
const NOT_SAVED: readonly ImportRowOutcome[] = ['conflict', 'unknownPerson', 'failed', 'notAttempted'];

export function ImportResultView(props: { result: AppliedImport }): React.ReactElement {
  const { result } = props;
  const problems = result.rows.filter((row) => NOT_SAVED.indexOf(row.outcome) >= 0);
  return (
    <Stack tokens={{ childrenGap: 8 }} data-trygg="import-result">
      {result.stoppedBy && <MessageBar messageBarType={MessageBarType.warning}>{strings.ImportStopped}</MessageBar>}
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {ORDER.filter((outcome) => result.counts[outcome] > 0).map((outcome) => (
          <li key={outcome} data-outcome={outcome}>
            {format(strings.ImportOutcomeCount, outcomeText(outcome), result.counts[outcome])}
          </li>
        ))}
      </ul>
      {NOT_SAVED.filter((outcome) => result.counts[outcome] > 0).map((outcome) => (
        <Text block key={outcome}>
          {format(strings.ImportRowsNotSaved, outcomeText(outcome), problems.filter((row) => row.outcome === outcome).map((row) => row.rowNumber).join(', '))}
        </Text>
      ))}
    </Stack>
  );
}
