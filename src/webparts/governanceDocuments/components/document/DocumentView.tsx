import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { DocumentAction, documentActionBlockers, IDocumentActionContext, isRevisionInWork, ownsDocument, publishedEdition } from '../../../../domain/documents/lifecycle';
import { samePerson } from '../../../../domain/documents/readConfirmations';
import { documentFileUrl } from '../../../../domain/documents/documentLinks';
import { ITryggServices } from '../../../../services/ITryggServices';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { Section } from '../../../../components/Section';
import { runDetached } from '../../../../components/runDetached';
import { format } from '../../../../common/format';
import { actorOf, IDocumentsContext } from '../documentsContext';
import { StepButtons } from '../StepButtons';
import { fileSizeText } from '../FileField';
import { RoundCard } from '../RoundCard';
import { StepResult } from '../useStep';
import { IDocumentPage, loadDocumentPage } from './documentData';
import { DocumentHeading } from './DocumentHeading';
import { DocumentFacts } from './DocumentFacts';
import { DecisionsSection } from './DecisionsSection';
import { ReadConfirmationSection } from './ReadConfirmationSection';
import { ConfirmReviewForm } from './ConfirmReviewForm';
import { FileStepForm } from './FileStepForm';
import { EditDraftForm } from './EditDraftForm';
import { NoteStepForm } from './NoteStepForm';
import { ConsultationForm } from './ConsultationForm';
import { ApprovalForm } from './ApprovalForm';
import { OWNER_STEPS, SECURITY_STEPS, stepShown } from './steps';

export interface IDocumentViewProps {
  services: ITryggServices;
  context: IDocumentsContext;
  /** The document's item id, or its number (from a link). */
  target: string;
  onBack: () => void;
  /** Opens another document (the parent, the supplemented one). */
  onOpen: (id: number) => void;
  /** Something changed that the queues count (a review, a remiss, an approval). */
  onChanged: () => void;
}

type Outcome = { readonly kind: 'done'; readonly text: string } | { readonly kind: 'changedElsewhere' };

/**
 * One document: its header as the document carries it, the file (the published one for a reader),
 * what the signed-in user may do with it now (each step shown only when the domain's lifecycle
 * allows it, or with the reason it is blocked), remiss rounds, decisions and read confirmations.
 */
export default function DocumentView(props: IDocumentViewProps): React.ReactElement {
  const { services, context } = props;
  const [page, reload, replace] = useAsyncData<IDocumentPage | undefined>(() => loadDocumentPage(services, props.target), [services, props.target]);
  const [opened, setOpened] = React.useState<DocumentAction | undefined>(undefined);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  const now = React.useMemo(() => services.now(), [services, page]);
  const actor = actorOf(context);

  if (page.state === 'loading') return <Spinner label={common.Loading} />;
  if (page.state === 'failed' || !page.value) {
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.BackToDocuments} onClick={props.onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
        {page.state === 'failed' ? (
          <ErrorMessageBar error={page.error} onRetry={reload} />
        ) : (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline data-document-missing>
            {strings.DocumentNotFound}
          </MessageBar>
        )}
      </Stack>
    );
  }

  const { details, related } = page.value;
  const document = details.document;
  const openRounds = details.rounds.filter((round) => round.status === 'Öppen').length;
  const ruleContext: IDocumentActionContext = { now, openRounds };
  const blockersOf = (action: DocumentAction): string[] => documentActionBlockers(action, actor, document, ruleContext);
  const keeper = actor.isSecurityFunction || ownsDocument(actor, document);
  const fileUrl = documentFileUrl(document);

  /** Reads the page again without a spinner, so the focus and the message stay where they are. */
  const refresh = async (): Promise<void> => {
    try {
      replace(await loadDocumentPage(services, String(document.id)));
    } catch {
      reload();
    }
    props.onChanged();
  };

  const finish =
    (text: string): ((result: StepResult<unknown>) => void) =>
    (result: StepResult<unknown>): void => {
    setOpened(undefined);
    setOutcome(result.kind === 'conflict' ? { kind: 'changedElsewhere' } : { kind: 'done', text });
    runDetached(refresh());
  };

  const form = (action: DocumentAction): React.ReactElement | undefined => {
    const cancel = (): void => setOpened(undefined);
    switch (action) {
      case 'editDraft':
        return <EditDraftForm documents={services.documents} document={document} related={related} units={context.units} directory={services.directory} onDone={finish(strings.DoneEdited)} onCancel={cancel} />;
      case 'uploadFile':
        return <FileStepForm id="trygg-upload" documents={services.documents} document={document} mode="upload" onDone={finish(strings.DoneUploaded)} onCancel={cancel} />;
      case 'startRevision':
        return <FileStepForm id="trygg-revision" documents={services.documents} document={document} mode="revision" onDone={finish(strings.DoneRevision)} onCancel={cancel} />;
      case 'confirmReview':
        return <ConfirmReviewForm id="trygg-review" documents={services.documents} document={document} actor={actor} now={now} onDone={finish(strings.DoneReviewed)} onCancel={cancel} />;
      case 'proposeWithdrawal':
        return (
          <NoteStepForm
            id="trygg-propose-withdrawal"
            heading={strings.ProposeWithdrawalHeading}
            intro={strings.ProposeWithdrawalIntro}
            label={strings.ProposeWithdrawalLabel}
            submitText={strings.ProposeWithdrawalButton}
            required
            onSubmit={(note) => services.documents.proposeWithdrawal(document.id, note)}
            onDone={finish(strings.DoneWithdrawalProposed)}
            onCancel={cancel}
          />
        );
      case 'sendConsultation':
        return (
          <ConsultationForm documents={services.documents} document={document} related={related} units={context.units} me={context.me} now={now} onDone={finish(strings.DoneConsultationSent)} onCancel={cancel} />
        );
      case 'approve':
        return <ApprovalForm documents={services.documents} document={document} now={now} onDone={finish(strings.DoneApproved)} onCancel={cancel} />;
      case 'requestChanges':
        return (
          <NoteStepForm
            id="trygg-request-changes"
            heading={strings.RequestChangesHeading}
            intro={strings.RequestChangesIntro}
            label={strings.RequestChangesLabel}
            submitText={strings.RequestChangesButton}
            required
            onSubmit={(note) => services.documents.requestChanges(document.id, document.etag, note)}
            onDone={finish(strings.DoneChangesRequested)}
            onCancel={cancel}
          />
        );
      case 'withdraw':
        return (
          <NoteStepForm
            id="trygg-withdraw"
            heading={strings.WithdrawHeading}
            intro={strings.WithdrawIntro}
            label={strings.WithdrawLabel}
            submitText={strings.WithdrawButton}
            required
            onSubmit={(note) => services.documents.withdraw(document.id, document.etag, note)}
            onDone={finish(strings.DoneWithdrawn)}
            onCancel={cancel}
          />
        );
    }
    return undefined;
  };

  const stepButtons = (steps: readonly DocumentAction[], id: string, heading: string, intro?: string): React.ReactElement | undefined => {
    const shown = steps.filter((action) => stepShown(action, document, blockersOf(action)));
    if (shown.length === 0) return undefined;
    return (
      <Section id={id} heading={heading}>
        <Stack tokens={{ childrenGap: 12 }}>
          {intro && <Text block>{intro}</Text>}
          <StepButtons
            id="trygg-step"
            steps={shown.map((action) => ({ action, blockers: blockersOf(action) }))}
            opened={opened}
            onToggle={(action) => {
              setOutcome(undefined);
              setOpened(opened === action ? undefined : action);
            }}
          />
          {opened && shown.indexOf(opened) >= 0 && form(opened)}
        </Stack>
      </Section>
    );
  };

  const revision = isRevisionInWork(document);
  const me = { id: context.me.id, displayName: context.me.displayName, email: context.me.email };

  return (
    <Stack tokens={{ childrenGap: 12 }} data-document-view={document.number}>
      <DocumentHeading document={document} now={now} onBack={props.onBack} />
      <div role="status" aria-live="polite">
        {outcome && outcome.kind === 'done' && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline onDismiss={() => setOutcome(undefined)} data-outcome="done">
            {outcome.text}
          </MessageBar>
        )}
        {outcome && outcome.kind === 'changedElsewhere' && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline onDismiss={() => setOutcome(undefined)} data-outcome="changedElsewhere">
            {strings.ChangedElsewhere}
          </MessageBar>
        )}
      </div>
      {keeper && revision && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline data-revision-notice>
          {format(strings.RevisionNotice, publishedEdition(document))}
        </MessageBar>
      )}
      <div data-document-file>
        {document.file && fileUrl ? (
          <DefaultButton
            href={fileUrl}
            target="_blank"
            rel="noopener noreferrer"
            iconProps={{ iconName: 'OpenInNewWindow' }}
            text={
              document.file.length > 0
                ? format(keeper && revision ? strings.OpenDraftFileSized : strings.OpenFileSized, fileSizeText(document.file.length))
                : keeper && revision
                  ? strings.OpenDraftFile
                  : strings.OpenFile
            }
            aria-label={format(strings.OpenFileLabel, document.file.name)}
          />
        ) : (
          <Text block>{strings.NoFile}</Text>
        )}
      </div>
      <DocumentFacts document={document} related={related} units={context.units} now={now} onOpen={props.onOpen} />
      {stepButtons(OWNER_STEPS, 'trygg-document-steps', strings.StepsHeading)}
      {stepButtons(SECURITY_STEPS, 'trygg-document-approval', strings.ApprovalHeading, strings.ApprovalIntro)}
      <ReadConfirmationSection
        documents={services.documents}
        document={document}
        actor={actor}
        units={context.units}
        readConfirmedByMe={details.readConfirmedByMe}
        now={now}
        onConfirmed={props.onChanged}
      />
      {(details.rounds.length > 0 || keeper) && (
        <Section id="trygg-document-rounds" heading={strings.RoundsHeading}>
          <Stack tokens={{ childrenGap: 12 }}>
            {details.rounds.length === 0 && <Text block>{strings.NoRounds}</Text>}
            {details.rounds.map((round) => (
              <RoundCard
                key={`${round.id}-${round.status}`}
                documents={services.documents}
                round={round}
                units={context.units}
                role={keeper ? 'owner' : round.recipients.some((person) => samePerson(person, me)) ? 'recipient' : 'reader'}
                answerBlockers={blockersOf('answerComment')}
                closeBlockers={blockersOf('closeConsultation').filter((key) => key !== 'noOpenConsultation')}
                level={4}
                onChanged={() => runDetached(refresh())}
              />
            ))}
          </Stack>
        </Section>
      )}
      <DecisionsSection decisions={details.decisions} />
    </Stack>
  );
}
