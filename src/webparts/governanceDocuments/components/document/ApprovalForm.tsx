import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { dayString, utcDay } from '../../../../domain/days';
import { approvalErrors } from '../../../../domain/documents/documentValidation';
import { IApprovalInput } from '../../../../domain/documents/inputs';
import { defaultValidUntil } from '../../../../domain/documents/reviewDates';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { DOCUMENT_LIMITS } from '../../../../domain/documents/vocabulary';
import { IGoverningDocumentsService } from '../../../../services/documents/IGoverningDocumentsService';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { format } from '../../../../common/format';
import { intervalLabel } from '../../labels';
import { fieldErrorText } from '../blockerText';
import { otherReasons, StepResult, useStep } from '../useStep';
import { ActionForm } from './ActionForm';

export interface IApprovalFormProps {
  documents: IGoverningDocumentsService;
  document: IGoverningDocument;
  now: Date;
  onDone: (result: StepResult<IGoverningDocument>) => void;
  onCancel: () => void;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 12, alignItems: 'start' }
});

const FIELDS = ['approvedByBody', 'approvedOn', 'effectiveFrom', 'validUntil', 'note'];

/**
 * Fastställande by the security function: who decided (Fastställd av), on which day, from when it
 * applies and until when it holds (by default the approval day plus the review interval). Effective
 * today: published now; later: published by the morning job on that day.
 */
export function ApprovalForm(props: IApprovalFormProps): React.ReactElement {
  const { document, now } = props;
  const today = dayString(utcDay(now));
  const [approvedByBody, setApprovedByBody] = React.useState('');
  const [approvedOn, setApprovedOn] = React.useState(today);
  const [effectiveFrom, setEffectiveFrom] = React.useState(today);
  // Follows the approval day until the approver sets a day of their own.
  const [validUntil, setValidUntil] = React.useState<string | undefined>(undefined);
  const [note, setNote] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  const step = useStep();
  const suggested = defaultValidUntil(approvedOn, document.reviewCycleMonths) || '';
  const input: IApprovalInput = {
    approvedByBody,
    approvedOn,
    effectiveFrom,
    validUntil: (validUntil === undefined ? suggested : validUntil) || undefined,
    note: note.trim() || undefined
  };
  const errors = approvalErrors(input, now, document);
  const shown: Record<string, string | undefined> = { ...step.refusal, ...(checked ? errors : {}) };
  const textError = (key: string | undefined, value: string): string | undefined => (key === 'tooLong' || (key === 'required' && value.length > 0) ? undefined : fieldErrorText(key));

  const submit = async (): Promise<void> => {
    setChecked(true);
    if (Object.keys(errors).length > 0) return;
    const result = await step.run(() => props.documents.approve(document.id, document.etag, { ...input, approvedByBody: approvedByBody.trim() }));
    if (result.kind === 'done' || result.kind === 'conflict') props.onDone(result);
  };

  return (
    <ActionForm
      id="trygg-approve"
      heading={strings.ApproveHeading}
      intro={format(strings.ApproveIntro, document.number, document.edition + 1)}
      submitText={strings.ApproveButton}
      busy={step.busy}
      refused={otherReasons(step.refusal, FIELDS)}
      failure={step.failure}
      onDismissFailure={step.dismiss}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <LimitedTextField
        label={strings.ApprovedByLabel}
        description={strings.ApprovedByHint}
        required
        value={approvedByBody}
        limit={DOCUMENT_LIMITS.approvedByBody}
        errorMessage={textError(shown.approvedByBody, approvedByBody)}
        onChange={setApprovedByBody}
        data-field="approvedByBody"
      />
      <div className={classes.grid}>
        <TextField
          label={strings.ApprovedOnLabel}
          required
          type="date"
          value={approvedOn}
          errorMessage={fieldErrorText(shown.approvedOn)}
          onChange={(_, value) => setApprovedOn(value || '')}
          data-field="approvedOn"
        />
        <TextField
          label={strings.EffectiveFromLabel}
          description={strings.EffectiveFromHint}
          required
          type="date"
          value={effectiveFrom}
          errorMessage={fieldErrorText(shown.effectiveFrom)}
          onChange={(_, value) => setEffectiveFrom(value || '')}
          data-field="effectiveFrom"
        />
        <TextField
          label={strings.ValidUntilLabel}
          description={format(strings.ValidUntilHint, intervalLabel(document.reviewCycleMonths))}
          type="date"
          value={validUntil === undefined ? suggested : validUntil}
          errorMessage={fieldErrorText(shown.validUntil)}
          onChange={(_, value) => setValidUntil(value || '')}
          data-field="validUntil"
        />
      </div>
      <LimitedTextField
        label={strings.ApprovalNoteLabel}
        multiline
        rows={2}
        value={note}
        limit={DOCUMENT_LIMITS.decisionNote}
        errorMessage={textError(shown.note, note)}
        onChange={setNote}
        data-field="note"
      />
    </ActionForm>
  );
}
