import * as React from 'react';
import { decisionNoteErrors } from '../../../../domain/documents/documentValidation';
import { DOCUMENT_LIMITS } from '../../../../domain/documents/vocabulary';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { fieldErrorText } from '../blockerText';
import { otherReasons, StepResult, useStep } from '../useStep';
import { ActionForm } from './ActionForm';

export interface INoteStepFormProps {
  id: string;
  heading: string;
  intro: string;
  label: string;
  submitText: string;
  /** A reason is owed (changes requested, a withdrawal and its proposal). */
  required: boolean;
  onSubmit: (note: string) => Promise<unknown>;
  /** After the step: what the service answered, or a conflict with what is stored now. */
  onDone: (result: StepResult<unknown>) => void;
  onCancel: () => void;
}

/** A step whose only input is a note: propose withdrawal, request changes, withdraw. */
export function NoteStepForm(props: INoteStepFormProps): React.ReactElement {
  const [note, setNote] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  const step = useStep();
  const errors = decisionNoteErrors(note, props.required);
  const shown = checked ? errors.note || step.refusal.note : step.refusal.note;

  const submit = async (): Promise<void> => {
    setChecked(true);
    if (errors.note) return;
    const result = await step.run(() => props.onSubmit(note.trim()));
    if (result.kind === 'done' || result.kind === 'conflict') props.onDone(result);
  };

  return (
    <ActionForm
      id={props.id}
      heading={props.heading}
      intro={props.intro}
      submitText={props.submitText}
      busy={step.busy}
      refused={otherReasons(step.refusal, ['note'])}
      failure={step.failure}
      onDismissFailure={step.dismiss}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <LimitedTextField
        label={props.label}
        required={props.required}
        multiline
        rows={3}
        value={note}
        limit={DOCUMENT_LIMITS.decisionNote}
        errorMessage={shown === 'tooLong' || (shown === 'required' && note.length > 0) ? undefined : fieldErrorText(shown)}
        onChange={setNote}
        data-field="note"
      />
    </ActionForm>
  );
}
