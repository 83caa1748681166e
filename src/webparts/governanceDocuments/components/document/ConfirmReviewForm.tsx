import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { documentActionBlockers, IDocumentActor } from '../../../../domain/documents/lifecycle';
import { reviewConfirmationErrors } from '../../../../domain/documents/documentValidation';
import { nextReviewAfter } from '../../../../domain/documents/reviewDates';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { DOCUMENT_LIMITS } from '../../../../domain/documents/vocabulary';
import { IGoverningDocumentsService } from '../../../../services/documents/IGoverningDocumentsService';
import { ConflictPanel } from '../../../../components/ConflictPanel';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { runDetached } from '../../../../components/runDetached';
import { formatDate, formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { personName, statusLabel } from '../../labels';
import { BlockerList } from '../../../../components/BlockerList';
import { blockerText, fieldErrorText } from '../blockerText';
import { otherReasons, StepResult, useStep } from '../useStep';
import { ActionForm } from './ActionForm';

export interface IConfirmReviewFormProps {
  /** Unique on the page (the queue shows one per document). */
  id: string;
  documents: IGoverningDocumentsService;
  document: IGoverningDocument;
  actor: IDocumentActor;
  now: Date;
  onDone: (result: StepResult<IGoverningDocument>) => void;
  onCancel: () => void;
}

/**
 * Granskad utan ändring: the owner confirms the document still holds and sets the next review (by
 * default one interval on, never past the last valid day). The function records who and when under
 * the ETag the page read: when someone changed the document meanwhile, both versions are shown side
 * by side and nothing is written until the owner chooses.
 */
export function ConfirmReviewForm(props: IConfirmReviewFormProps): React.ReactElement {
  const { now } = props;
  const [base, setBase] = React.useState<IGoverningDocument>(props.document);
  const [theirs, setTheirs] = React.useState<IGoverningDocument | undefined>(undefined);
  const [nextReviewAt, setNextReviewAt] = React.useState(() => nextReviewAfter(now, props.document.reviewCycleMonths, props.document.validUntil) || '');
  const [note, setNote] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  const step = useStep();
  const errors = reviewConfirmationErrors(nextReviewAt, note, now, base.validUntil);
  const shown: Record<string, string | undefined> = { ...step.refusal, ...(checked ? errors : {}) };

  const send = async (against: IGoverningDocument): Promise<void> => {
    const result = await step.run(() => props.documents.confirmReview(against.id, against.etag, nextReviewAt, note.trim() || undefined));
    if (result.kind === 'conflict') {
      setTheirs(result.current as IGoverningDocument);
      return;
    }
    if (result.kind === 'done') props.onDone(result);
  };

  const submit = async (): Promise<void> => {
    setChecked(true);
    if (Object.keys(errors).length > 0) return;
    await send(base);
  };

  if (theirs) {
    const blockers = documentActionBlockers('confirmReview', props.actor, theirs, { now, openRounds: 0 });
    const reviewed = (document: IGoverningDocument): string =>
      document.lastReviewedAt ? format(strings.ReviewedOnBy, formatDate(document.lastReviewedAt), personName(document.lastReviewedBy) || strings.Unknown) : '';
    return (
      <div data-review-conflict>
        <ConflictPanel
          id={`${props.id}-conflict-heading`}
          texts={{
            heading: strings.ConflictHeading,
            caption: strings.ConflictCaption,
            field: strings.ConflictField,
            mine: strings.ConflictMine,
            theirs: strings.ConflictTheirs,
            empty: strings.EmptyValue,
            differs: strings.ConflictDiffers
          }}
          intro={format(strings.ReviewConflictIntro, personName(theirs.modifiedBy) || strings.Unknown, formatDateTime(theirs.modified))}
          rows={[
            { field: 'nextReviewAt', label: strings.FactNextReview, mine: formatDate(nextReviewAt), theirs: formatDate(theirs.nextReviewAt), differs: nextReviewAt !== (theirs.nextReviewAt || '').slice(0, 10) },
            { field: 'lastReview', label: strings.FactLastReview, mine: format(strings.ReviewedOnBy, formatDate(now.toISOString()), strings.Me), theirs: reviewed(theirs), differs: true },
            { field: 'status', label: strings.FactStatus, mine: statusLabel(base.status), theirs: statusLabel(theirs.status), differs: base.status !== theirs.status },
            { field: 'version', label: strings.FactVersion, mine: base.version, theirs: theirs.version, differs: base.version !== theirs.version }
          ]}
          busy={step.busy}
          primary={{
            text: strings.ReviewConflictConfirmAnyway,
            disabled: blockers.length > 0,
            onClick: () => {
              setBase(theirs);
              setTheirs(undefined);
              runDetached(send(theirs));
            }
          }}
          secondary={{ text: strings.ReviewConflictTakeTheirs, onClick: () => props.onDone({ kind: 'conflict', current: theirs }) }}
        />
        {blockers.length > 0 && (
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline styles={{ root: { marginTop: 8 } }}>
            {strings.ReviewConflictBlocked}
            <BlockerList id={`${props.id}-conflict-blockers`} reasons={blockers.map((key) => ({ key, text: blockerText(key) }))} />
          </MessageBar>
        )}
      </div>
    );
  }

  return (
    <ActionForm
      id={props.id}
      heading={strings.ConfirmReviewHeading}
      intro={format(strings.ConfirmReviewIntro, props.document.number)}
      submitText={strings.ConfirmReviewButton}
      busy={step.busy}
      refused={otherReasons(step.refusal, ['nextReviewAt', 'note'])}
      failure={step.failure}
      onDismissFailure={step.dismiss}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <TextField
        label={strings.NextReviewLabel}
        description={base.validUntil ? format(strings.NextReviewHintValid, formatDate(base.validUntil)) : strings.NextReviewHint}
        required
        type="date"
        value={nextReviewAt}
        errorMessage={fieldErrorText(shown.nextReviewAt)}
        onChange={(_, value) => setNextReviewAt(value || '')}
        styles={{ root: { maxWidth: 260 } }}
        data-field="nextReviewAt"
      />
      <LimitedTextField
        label={strings.ReviewNoteLabel}
        multiline
        rows={2}
        value={note}
        limit={DOCUMENT_LIMITS.decisionNote}
        errorMessage={shown.note === 'tooLong' || shown.note === 'required' ? undefined : fieldErrorText(shown.note)}
        onChange={setNote}
        data-field="note"
      />
    </ActionForm>
  );
}
