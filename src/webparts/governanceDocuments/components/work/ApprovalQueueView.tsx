import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { documentActionBlockers } from '../../../../domain/documents/lifecycle';
import { ITryggServices } from '../../../../services/ITryggServices';
import { AsyncData } from '../../../../components/useAsyncData';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { BlockerList } from '../../../../components/BlockerList';
import { personName, typeLabel } from '../../labels';
import { actorOf, IDocumentsContext, IMyWork } from '../documentsContext';
import { blockerText } from '../blockerText';
import { DocumentLink } from '../DocumentLink';
import { DocumentStatusBadge } from '../DocumentStatusBadge';
import { WorkCard } from './WorkList';
import { PagedWorkList } from './PagedWorkList';

export interface IApprovalQueueViewProps {
  services: ITryggServices;
  context: IDocumentsContext;
  work: AsyncData<IMyWork | undefined>;
  onOpen: (id: number) => void;
  onRetry: () => void;
}

/**
 * Att fastställa: drafts waiting for the security function's decision, oldest change first, a page
 * at a time with "Visa fler" (the count is of them all). What would stop this user deciding (their
 * own document, their own change, an open remiss) shows before they open it.
 */
export function ApprovalQueueView(props: IApprovalQueueViewProps): React.ReactElement {
  const { services, context } = props;
  const now = React.useMemo(() => services.now(), [services, props.work]);
  const actor = actorOf(context);
  return (
    <div data-view="approval">
      <PagedWorkList
        work={props.work}
        queue={(work) => work.awaitingApproval}
        intro={strings.ApprovalQueueIntro}
        empty={strings.ApprovalQueueEmpty}
        count={(count) => format(strings.ApprovalQueueCount, count)}
        onRetry={props.onRetry}
      >
        {(items) => (
          <ul style={{ margin: 0, padding: 0 }} aria-label={strings.TabApproval} data-approval-queue>
            {items.map((document) => {
              // Four eyes is the rule's to say; an open remiss only the page knows, so it is left to the page.
              const blockers = documentActionBlockers('approve', actor, document, { now, openRounds: 0 });
              const blockersId = `trygg-approval-${document.id}-blockers`;
              return (
                <WorkCard key={document.id} attributes={{ 'data-approval-document': document.number }}>
                  <Stack tokens={{ childrenGap: 6 }}>
                    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '2px 10px' }}>
                      <DocumentLink document={document} onOpen={props.onOpen} />
                      <Text styles={{ root: { fontWeight: 600, overflowWrap: 'anywhere' } }}>{document.title}</Text>
                      <Text variant="small">{typeLabel(document.type)}</Text>
                      <DocumentStatusBadge status={document.status} />
                    </div>
                    <Text block>
                      {format(strings.ApprovalQueueLine, personName(document.owner), personName(document.modifiedBy) || strings.Unknown, formatDateTime(document.modified), document.edition + 1)}
                    </Text>
                    <div>
                      <PrimaryButton
                        text={strings.OpenForApproval}
                        aria-label={format(strings.OpenForApprovalLabel, document.number, document.title)}
                        aria-describedby={blockers.length > 0 ? blockersId : undefined}
                        onClick={() => props.onOpen(document.id)}
                      />
                      <BlockerList id={blockersId} reasons={blockers.map((key) => ({ key, text: blockerText(key) }))} />
                    </div>
                  </Stack>
                </WorkCard>
              );
            })}
          </ul>
        )}
      </PagedWorkList>
    </div>
  );
}
