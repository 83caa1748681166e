import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as common from 'TryggStrings';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { calendarDay, utcDay } from '../../../domain/days';
import { answerErrors, closingNoteErrors, commentErrors } from '../../../domain/documents/documentValidation';
import { IConsultationComment, IConsultationRound } from '../../../domain/documents/types';
import { DOCUMENT_LIMITS } from '../../../domain/documents/vocabulary';
import { IOrganisationUnit } from '../../../domain/organisation';
import { IGoverningDocumentsService } from '../../../services/documents/IGoverningDocumentsService';
import { newClientRequestId } from '../../../services/deviations/ReportQueue';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { LimitedTextField } from '../../../components/LimitedTextField';
import { PlainText } from '../../../components/PlainText';
import { useAsyncData } from '../../../components/useAsyncData';
import { runDetached } from '../../../components/runDetached';
import { formatDate, formatDateTime } from '../../../components/dates';
import { format } from '../../../common/format';
import { personName, unitTitle } from '../labels';
import { BlockerList } from '../../../components/BlockerList';
import { blockerText, fieldErrorText } from './blockerText';
import { otherReasons, useStep } from './useStep';

export interface IRoundCardProps {
  documents: IGoverningDocumentsService;
  round: IConsultationRound;
  units: readonly IOrganisationUnit[];
  /** The owner's side (answer, close) with what blocks it; the recipient's (comment); or only reading. */
  role: 'owner' | 'recipient' | 'reader';
  /** The domain's blockers of answering and closing for the owner (empty when allowed). */
  answerBlockers?: readonly string[];
  closeBlockers?: readonly string[];
  /** Heading level of the round's title. */
  level: 3 | 4;
  onChanged: () => void;
}

/** A comment written after the round's last day (it is kept, and marked). */
function isLate(comment: IConsultationComment, round: IConsultationRound): boolean {
  const deadline = calendarDay(round.deadline);
  return deadline !== undefined && utcDay(new Date(comment.createdAt)) > deadline;
}

/**
 * One remiss round: who it went to and until when, the draft's copy, the comments with the owner's
 * answers; the owner answers each and closes the round, a recipient comments while it is open.
 * Everything people wrote is shown as text.
 */
export function RoundCard(props: IRoundCardProps): React.ReactElement {
  const theme = useTheme();
  const { round, documents, role } = props;
  const [comments, reload, replace] = useAsyncData(() => documents.comments(round.id), [documents, round.id]);
  const open = round.status === 'Öppen';
  const headingId = `trygg-round-${round.id}-heading`;
  const recipients = [...round.recipients.map(personName), ...round.recipientUnitIds.map((id) => format(strings.RecipientUnit, unitTitle(props.units, id)))].join(', ');
  const Heading = props.level === 4 ? 'h4' : 'h3';

  const replaceComment = (comment: IConsultationComment): void => {
    if (comments.state !== 'ready') return;
    const exists = comments.value.some((other) => other.id === comment.id);
    replace(exists ? comments.value.map((other) => (other.id === comment.id ? comment : other)) : comments.value.concat([comment]));
  };

  return (
    <section
      aria-labelledby={headingId}
      data-round={round.id}
      data-round-status={open ? 'open' : 'closed'}
      style={{ padding: 12, borderRadius: 4, border: `1px solid ${theme.semanticColors.bodyDivider}`, background: theme.semanticColors.bodyBackground }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <Heading id={headingId} style={{ margin: 0 }}>
          <Text variant="mediumPlus" styles={{ root: { fontWeight: 600, overflowWrap: 'anywhere' } }}>
            {format(strings.RoundTitle, round.documentNumber, round.title, round.draftVersion)}
          </Text>
        </Heading>
        <Text block>
          <strong>{open ? strings.RoundOpen : strings.RoundClosed}</strong>
          {' · '}
          {format(strings.RoundSent, formatDate(round.sentAt), personName(round.sentBy))}
          {' · '}
          {format(strings.RoundDeadline, formatDate(round.deadline))}
        </Text>
        <Text block>{format(strings.RoundRecipients, recipients || strings.EmptyValue)}</Text>
        {round.message && (
          <div>
            <Text block styles={{ root: { fontWeight: 600 } }}>
              {strings.RoundMessage}
            </Text>
            <PlainText text={round.message} />
          </div>
        )}
        {round.file && (
          <Link href={round.file.serverRelativeUrl} target="_blank" rel="noopener noreferrer" data-round-file>
            {format(strings.RoundFile, round.file.name)}
          </Link>
        )}
        {!open && (
          <Text block data-round-closed>
            {format(strings.RoundClosedOn, formatDate(round.closedAt))}
            {round.closingNote ? ` ${round.closingNote}` : ''}
          </Text>
        )}
        <Text as={props.level === 4 ? 'h5' : 'h4'} variant="medium" block styles={{ root: { margin: '4px 0 0', fontWeight: 600 } }}>
          {strings.CommentsHeading}
        </Text>
        {comments.state === 'loading' && <Spinner label={common.Loading} />}
        {comments.state === 'failed' && <ErrorMessageBar error={comments.error} onRetry={reload} />}
        {comments.state === 'ready' && comments.value.length === 0 && <Text block>{strings.NoComments}</Text>}
        {comments.state === 'ready' && comments.value.length > 0 && (
          <ol style={{ margin: 0, paddingLeft: 20 }} data-comments>
            {comments.value.map((comment) => (
              <li key={comment.id} data-comment={comment.id} style={{ marginBottom: 8 }}>
                <Text block styles={{ root: { fontWeight: 600 } }}>
                  {format(strings.CommentBy, personName(comment.commenter), formatDateTime(comment.createdAt))}
                  {isLate(comment, round) && (
                    <span data-late style={{ marginLeft: 8, fontSize: 12, color: theme.semanticColors.errorText }}>
                      <span aria-hidden="true">⚠ </span>
                      {strings.CommentLate}
                    </span>
                  )}
                </Text>
                <PlainText text={comment.comment} />
                {comment.answer ? (
                  <div data-answer style={{ marginTop: 4, paddingLeft: 12, borderLeft: `3px solid ${theme.palette.themeLight}` }}>
                    <Text block styles={{ root: { fontWeight: 600 } }}>
                      {format(strings.AnswerBy, personName(comment.answeredBy), formatDateTime(comment.answeredAt))}
                    </Text>
                    <PlainText text={comment.answer} />
                  </div>
                ) : (
                  role === 'owner' && <AnswerForm documents={documents} comment={comment} blockers={props.answerBlockers || []} onAnswered={replaceComment} />
                )}
              </li>
            ))}
          </ol>
        )}
        {role === 'recipient' && open && <CommentForm documents={documents} round={round} onCommented={replaceComment} />}
        {role === 'owner' && open && <CloseForm documents={documents} round={round} blockers={props.closeBlockers || []} onClosed={props.onChanged} />}
      </Stack>
    </section>
  );
}

function AnswerForm(props: { documents: IGoverningDocumentsService; comment: IConsultationComment; blockers: readonly string[]; onAnswered: (comment: IConsultationComment) => void }): React.ReactElement {
  const [opened, setOpened] = React.useState(false);
  const [text, setText] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  // Someone else's answer, stored first: shown with the user's own text kept, until they look at it.
  const [theirs, setTheirs] = React.useState<IConsultationComment | undefined>(undefined);
  const step = useStep();
  const errors = answerErrors(text);
  const id = `trygg-answer-${props.comment.id}`;
  if (props.blockers.length > 0) return <BlockerList id={`${id}-blockers`} reasons={props.blockers.map((key) => ({ key, text: blockerText(key) }))} />;
  if (!opened) return <DefaultButton text={strings.AnswerButton} onClick={() => setOpened(true)} styles={{ root: { marginTop: 4 } }} data-answer-open />;
  const send = async (): Promise<void> => {
    setChecked(true);
    if (errors.answer) return;
    const result = await step.run(() => props.documents.answer(props.comment.id, text));
    if (result.kind === 'done') props.onAnswered(result.value);
    if (result.kind === 'conflict') setTheirs(result.current as IConsultationComment);
  };
  const shown = checked ? errors.answer || step.refusal.answer : step.refusal.answer;
  return (
    <form
      aria-label={format(strings.AnswerFormLabel, personName(props.comment.commenter))}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(send());
      }}
    >
      <Stack tokens={{ childrenGap: 4 }} styles={{ root: { marginTop: 4 } }}>
        <LimitedTextField
          label={strings.AnswerLabel}
          required
          multiline
          rows={2}
          autoFocus
          value={text}
          limit={DOCUMENT_LIMITS.answer}
          errorMessage={shown === 'tooLong' || (shown === 'required' && text.length > 0) ? undefined : fieldErrorText(shown)}
          onChange={setText}
        />
        {otherReasons(step.refusal, ['answer']).length > 0 && (
          <BlockerList id={`${id}-refused`} reasons={otherReasons(step.refusal, ['answer']).map((key) => ({ key, text: blockerText(key) }))} />
        )}
        {step.failure !== undefined && <ErrorMessageBar error={step.failure} onDismiss={step.dismiss} />}
        {theirs ? (
          <MessageBar
            messageBarType={MessageBarType.warning}
            isMultiline
            actions={<DefaultButton text={strings.ShowTheirAnswer} onClick={() => props.onAnswered(theirs)} data-answer-theirs />}
            data-answered-meanwhile
          >
            {format(strings.AnsweredMeanwhile, personName(theirs.answeredBy))}
          </MessageBar>
        ) : (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton type="submit" text={strings.SendAnswer} disabled={step.busy} />
            <DefaultButton text={strings.Cancel} disabled={step.busy} onClick={() => setOpened(false)} />
          </Stack>
        )}
      </Stack>
    </form>
  );
}

function CommentForm(props: { documents: IGoverningDocumentsService; round: IConsultationRound; onCommented: (comment: IConsultationComment) => void }): React.ReactElement {
  const [text, setText] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  const [sent, setSent] = React.useState(false);
  const step = useStep();
  // One id per comment: a retry after a lost answer adds it once.
  const requestId = React.useRef(newClientRequestId());
  const errors = commentErrors(text);
  const send = async (): Promise<void> => {
    setChecked(true);
    setSent(false);
    if (errors.comment) return;
    const result = await step.run(() => props.documents.comment(props.round.id, text, requestId.current));
    if (result.kind === 'done') {
      requestId.current = newClientRequestId();
      setText('');
      setChecked(false);
      setSent(true);
      props.onCommented(result.value);
    }
  };
  const shown = checked ? errors.comment || step.refusal.comment : step.refusal.comment;
  const refused = otherReasons(step.refusal, ['comment']);
  return (
    <form
      aria-label={format(strings.CommentFormLabel, props.round.documentNumber)}
      noValidate
      data-comment-form={props.round.id}
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(send());
      }}
    >
      <Stack tokens={{ childrenGap: 4 }}>
        <LimitedTextField
          label={strings.CommentLabel}
          required
          multiline
          rows={3}
          value={text}
          limit={DOCUMENT_LIMITS.comment}
          errorMessage={shown === 'tooLong' || (shown === 'required' && text.length > 0) ? undefined : fieldErrorText(shown)}
          onChange={(value) => {
            setText(value);
            setSent(false);
          }}
        />
        <div role="status" aria-live="polite">
          {sent && <MessageBar messageBarType={MessageBarType.success}>{strings.CommentSent}</MessageBar>}
        </div>
        {refused.length > 0 && <BlockerList id={`trygg-comment-${props.round.id}-refused`} reasons={refused.map((key) => ({ key, text: blockerText(key) }))} />}
        {step.failure !== undefined && <ErrorMessageBar error={step.failure} onDismiss={step.dismiss} />}
        <PrimaryButton type="submit" text={strings.SendComment} disabled={step.busy} styles={{ root: { alignSelf: 'flex-start' } }} />
      </Stack>
    </form>
  );
}

function CloseForm(props: { documents: IGoverningDocumentsService; round: IConsultationRound; blockers: readonly string[]; onClosed: () => void }): React.ReactElement {
  const [opened, setOpened] = React.useState(false);
  const [note, setNote] = React.useState('');
  const step = useStep();
  const errors = closingNoteErrors(note);
  const id = `trygg-close-${props.round.id}`;
  if (props.blockers.length > 0) return <BlockerList id={`${id}-blockers`} reasons={props.blockers.map((key) => ({ key, text: blockerText(key) }))} />;
  if (!opened) return <DefaultButton text={strings.CloseRoundButton} onClick={() => setOpened(true)} styles={{ root: { alignSelf: 'flex-start' } }} data-close-open />;
  const close = async (): Promise<void> => {
    if (errors.closingNote) return;
    const result = await step.run(() => props.documents.closeConsultation(props.round.id, note.trim()));
    if (result.kind === 'done') props.onClosed();
  };
  const refused = otherReasons(step.refusal, ['closingNote']);
  return (
    <form
      aria-label={strings.CloseRoundHeading}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(close());
      }}
    >
      <Stack tokens={{ childrenGap: 4 }}>
        <Text block>{strings.CloseRoundIntro}</Text>
        <LimitedTextField
          label={strings.ClosingNoteLabel}
          multiline
          rows={2}
          autoFocus
          value={note}
          limit={DOCUMENT_LIMITS.closingNote}
          errorMessage={errors.closingNote === 'tooLong' || errors.closingNote === 'required' ? undefined : fieldErrorText(errors.closingNote || step.refusal.closingNote)}
          onChange={setNote}
        />
        {refused.length > 0 && <BlockerList id={`${id}-refused`} reasons={refused.map((key) => ({ key, text: blockerText(key) }))} />}
        {step.failure !== undefined && <ErrorMessageBar error={step.failure} onDismiss={step.dismiss} />}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={strings.CloseRoundButton} disabled={step.busy} />
          <DefaultButton text={strings.Cancel} disabled={step.busy} onClick={() => setOpened(false)} />
        </Stack>
      </Stack>
    </form>
  );
}
