import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviation } from '../../../../domain/deviations/types';
import { isOpen } from '../../../../domain/deviations/workflow';
import { Section } from '../../../../components/Section';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { CaseChange } from '../../handling/caseChanges';
import { runDetached } from '../../../../components/runDetached';

export interface ISecurityApprovalSectionProps {
  deviation: IDeviation;
  /** Only members of the security function may approve. */
  isSecurityFunction: boolean;
  busy: boolean;
  onSave: (change: CaseChange) => Promise<boolean>;
}

/** Sensitive cases (threats and violence, personal data, suspected crime) close only with this approval. */
export function SecurityApprovalSection(props: ISecurityApprovalSectionProps): React.ReactElement {
  const { deviation } = props;
  const approved = !!deviation.securityApprovedAt;
  return (
    <Section id="trygg-case-approval" heading={strings.ApprovalHeading}>
      {approved ? (
        <Text block>
          {format(strings.ApprovedBy, deviation.securityApprovedBy ? deviation.securityApprovedBy.displayName : '', formatDateTime(deviation.securityApprovedAt))}
        </Text>
      ) : (
        <>
          <Text block styles={{ root: { marginBottom: 8 } }}>
            {props.isSecurityFunction ? strings.ApprovalNeeded : strings.WaitingForApproval}
          </Text>
          {props.isSecurityFunction && isOpen(deviation.status) && (
            <PrimaryButton text={strings.Approve} disabled={props.busy} onClick={() => runDetached(props.onSave({ kind: 'approve' }))} />
          )}
        </>
      )}
    </Section>
  );
}
