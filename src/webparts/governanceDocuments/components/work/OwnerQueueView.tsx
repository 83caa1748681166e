import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { DocumentAction, documentActionBlockers, displayStatus, isDraftStatus } from '../../../../domain/documents/lifecycle';
import { documentDueness } from '../../../../domain/documents/reviewDates';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { ITryggServices } from '../../../../services/ITryggServices';
import { AsyncData } from '../../../../components/useAsyncData';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { statusLabel, typeLabel } from '../../labels';
import { actorOf, IDocumentsContext, IMyWork } from '../documentsContext';
import { StepButtons } from '../StepButtons';
import { DocumentLink } from '../DocumentLink';
import { DocumentStatusBadge } from '../DocumentStatusBadge';
import { DocumentFlags } from '../DocumentFlags';
import { StepResult } from '../useStep';
import { ConfirmReviewForm } from '../document/ConfirmReviewForm';
import { FileStepForm } from '../document/FileStepForm';
import { NoteStepForm } from '../document/NoteStepForm';
import { stepShown } from '../document/steps';
import { WorkCard, WorkList } from './WorkList';

export interface IOwnerQueueViewProps {
  services: ITryggServices;
  context: IDocumentsContext;
  work: AsyncData<IMyWork | undefined>;
  onOpen: (id: number) => void;
  onChanged: () => void;
}

/** The steps the queue offers on each document, without opening it. */
const QUEUE_STEPS: readonly DocumentAction[] = ['confirmReview', 'startRevision', 'proposeWithdrawal'];

/**
 * How soon the document needs its owner: expired or overdue first, then by the nearer of review and
 * end of validity, drafts in work last (they wait for the owner, not for a date).
 */
function urgency(document: IGoverningDocument, now: Date): number {
  const due = documentDueness(document, now);
  const days = [due.daysToReview, due.daysToExpiry].filter((value): value is number => value !== undefined);
  if (days.length === 0) return Number.MAX_SAFE_INTEGER;
  return Math.min(...days);
}

/** Why the document is in the queue, in words: "Granskas senast 12 jan. 2027 (om 20 dagar)". */
function reasons(document: IGoverningDocument, now: Date): string[] {
  const due = documentDueness(document, now);
  const result: string[] = [];
  const days = (count: number): string => (count === 0 ? strings.Today : count > 0 ? format(strings.InDays, count) : format(strings.DaysAgo, -count));
  if (due.expired || due.expiresSoon) result.push(format(due.expired ? strings.ReasonExpired : strings.ReasonExpires, formatDate(document.validUntil), days(due.daysToExpiry as number)));
  if (due.reviewDue) result.push(format(due.reviewOverdue ? strings.ReasonReviewOverdue : strings.ReasonReviewDue, formatDate(document.nextReviewAt), days(due.daysToReview as number)));
  if (isDraftStatus(document.status)) result.push(format(strings.ReasonDraft, statusLabel(document.status)));
  return result;
}

/**
 * Mitt granskningsansvar: the owner's documents whose review is due or validity ends within 90 days,
 * and drafts in work, most urgent first; confirm unchanged, start a revision or propose withdrawal
 * right there.
 */
export function OwnerQueueView(props: IOwnerQueueViewProps): React.ReactElement {
  const { services, context } = props;
  const now = React.useMemo(() => services.now(), [services, props.work]);
  const actor = actorOf(context);
  const [opened, setOpened] = React.useState<{ readonly id: number; readonly action: DocumentAction } | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<{ readonly number: string; readonly text: string; readonly changed: boolean } | undefined>(undefined);

  const finish =
    (document: IGoverningDocument, text: string): ((result: StepResult<unknown>) => void) =>
    (result: StepResult<unknown>): void => {
    setOpened(undefined);
    setOutcome({ number: document.number, text, changed: result.kind === 'conflict' });
    props.onChanged();
  };

  const form = (document: IGoverningDocument, action: DocumentAction): React.ReactElement | undefined => {
    const cancel = (): void => setOpened(undefined);
    const id = `trygg-queue-${document.id}-${action}`;
    if (action === 'confirmReview') return <ConfirmReviewForm id={id} documents={services.documents} document={document} actor={actor} now={now} onDone={finish(document, strings.DoneReviewed)} onCancel={cancel} />;
    if (action === 'startRevision') return <FileStepForm id={id} documents={services.documents} document={document} mode="revision" onDone={finish(document, strings.DoneRevision)} onCancel={cancel} />;
    if (action === 'proposeWithdrawal') {
      return (
        <NoteStepForm
          id={id}
          heading={strings.ProposeWithdrawalHeading}
          intro={strings.ProposeWithdrawalIntro}
          label={strings.ProposeWithdrawalLabel}
          submitText={strings.ProposeWithdrawalButton}
          required
          onSubmit={(note) => services.documents.proposeWithdrawal(document.id, note)}
          onDone={finish(document, strings.DoneWithdrawalProposed)}
          onCancel={cancel}
        />
      );
    }
    return undefined;
  };

  return (
    <div data-view="queue">
      <div role="status" aria-live="polite">
        {outcome && (
          <MessageBar
            messageBarType={outcome.changed ? MessageBarType.warning : MessageBarType.success}
            isMultiline
            onDismiss={() => setOutcome(undefined)}
            data-outcome={outcome.changed ? 'changedElsewhere' : 'done'}
            styles={{ root: { marginBottom: 12 } }}
          >
            {`${outcome.number}: ${outcome.changed ? strings.ChangedElsewhere : outcome.text}`}
          </MessageBar>
        )}
      </div>
      <WorkList
        work={props.work}
        items={(work) => work.queue}
        intro={strings.QueueIntro}
        empty={strings.QueueEmpty}
        count={(count) => format(strings.QueueCount, count)}
        onRetry={props.onChanged}
      >
        {(items) => (
          <ul style={{ margin: 0, padding: 0 }} aria-label={strings.TabQueue} data-queue>
            {items
              .slice()
              .sort((a, b) => urgency(a, now) - urgency(b, now) || a.number.localeCompare(b.number, 'sv', { numeric: true }))
              .map((document) => {
                const shown = displayStatus(document, now);
                const steps = QUEUE_STEPS.filter((action) => stepShown(action, document, documentActionBlockers(action, actor, document, { now, openRounds: 0 })));
                return (
                  <WorkCard key={document.id} attributes={{ 'data-queue-document': document.number }}>
                    <Stack tokens={{ childrenGap: 6 }}>
                      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '2px 10px' }}>
                        <DocumentLink document={document} onOpen={props.onOpen} />
                        <Text styles={{ root: { fontWeight: 600, overflowWrap: 'anywhere' } }}>{document.title}</Text>
                        <Text variant="small">{typeLabel(document.type)}</Text>
                        <DocumentStatusBadge status={shown.status} />
                        <DocumentFlags document={document} now={now} />
                      </div>
                      <ul style={{ margin: 0, paddingLeft: 20 }} data-queue-reasons>
                        {reasons(document, now).map((reason) => (
                          <li key={reason}>{reason}</li>
                        ))}
                      </ul>
                      {steps.length > 0 && (
                        <StepButtons
                          id={`trygg-queue-${document.id}`}
                          documentNumber={document.number}
                          steps={steps.map((action) => ({ action, blockers: documentActionBlockers(action, actor, document, { now, openRounds: 0 }) }))}
                          opened={opened && opened.id === document.id ? opened.action : undefined}
                          onToggle={(action) => {
                            setOutcome(undefined);
                            setOpened(opened && opened.id === document.id && opened.action === action ? undefined : { id: document.id, action });
                          }}
                        />
                      )}
                      {steps.length === 0 && isDraftStatus(document.status) && (
                        <DefaultButton text={strings.ContinueDraft} onClick={() => props.onOpen(document.id)} styles={{ root: { alignSelf: 'flex-start' } }} />
                      )}
                      {opened && opened.id === document.id && form(document, opened.action)}
                    </Stack>
                  </WorkCard>
                );
              })}
          </ul>
        )}
      </WorkList>
    </div>
  );
}
