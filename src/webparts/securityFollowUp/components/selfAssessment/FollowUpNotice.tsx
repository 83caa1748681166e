import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { PlainText } from '../../../../components/PlainText';

export interface IFollowUpNoticeProps {
  /** The security function's assignment, as they wrote it. */
  note?: string;
  /** The assessment can still be answered (not yet submitted). */
  open: boolean;
}

/** A targeted follow-up the security function ordered for this unit: first on the page, with what it asks. */
export function FollowUpNotice(props: IFollowUpNoticeProps): React.ReactElement {
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline data-targeted-follow-up>
      <Text block styles={{ root: { fontWeight: 600 } }}>
        {strings.TargetedFollowUpHeading}
      </Text>
      <Text block>
        {strings.TargetedFollowUpIntro}
        {props.open ? ` ${strings.TargetedFollowUpAnswer}` : ''}
      </Text>
      {props.note && (
        <div style={{ marginTop: 4 }}>
          <Text block styles={{ root: { fontWeight: 600 } }}>
            {strings.TargetedFollowUpAssignment}
          </Text>
          <PlainText text={props.note} />
        </div>
      )}
    </MessageBar>
  );
}
