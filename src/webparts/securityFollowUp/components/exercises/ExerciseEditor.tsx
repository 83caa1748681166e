import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { exerciseErrors, ExerciseErrors } from '../../../../domain/pdsa/exercises';
import { IStoredExercise } from '../../../../domain/pdsa/repositories';
import { ConflictPanel } from '../../../../components/ConflictPanel';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { runDetached } from '../../../../components/runDetached';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { ITryggServices } from '../../../../services/ITryggServices';
import { dayString, utcDay } from '../../../../domain/days';
import { emptyExerciseForm, exerciseConflictRows, exerciseFromForm, followUpRowErrors, formFromExercise, IExerciseFormState } from '../../exerciseForm';
import { personName } from '../../labels';
import { IFollowUpContext } from '../followUpContext';
import { ExerciseFields } from './ExerciseFields';
import { conflictTexts } from '../conflictTexts';

export interface IExerciseEditorProps {
  services: ITryggServices;
  context: IFollowUpContext;
  existing?: IStoredExercise;
  onSaved: (exercise: IStoredExercise) => void;
  onCancel: () => void;
}

/**
 * Logs an exercise or training, or changes one. Nothing is sent while a field has a problem; the
 * service's refusal shows at its field; someone else's save in between shows both versions.
 */
export function ExerciseEditor(props: IExerciseEditorProps): React.ReactElement {
  const { services, context } = props;
  const now = React.useMemo(() => services.now(), [services]);
  const units = React.useMemo(() => context.units.filter((unit) => context.changeable.indexOf(unit.id) >= 0), [context]);
  const [base, setBase] = React.useState<IStoredExercise | undefined>(props.existing);
  const [form, setForm] = React.useState<IExerciseFormState>(() =>
    props.existing ? formFromExercise(props.existing) : emptyExerciseForm(dayString(utcDay(now)), units.length === 1 ? units[0].id : undefined)
  );
  const [checked, setChecked] = React.useState(false);
  const [refused, setRefused] = React.useState<ExerciseErrors>({});
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [notPermitted, setNotPermitted] = React.useState(false);
  const [theirs, setTheirs] = React.useState<IStoredExercise | undefined>(undefined);
  // One id per entry being logged: a save retried after a lost answer finds what the first attempt added.
  const requestId = React.useRef(newClientRequestId());
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);

  const input = exerciseFromForm(form);
  const local = exerciseErrors(input, { units }, now);
  const rowErrors = followUpRowErrors(form);
  const errors: ExerciseErrors = checked ? { ...refused, ...local } : refused;

  const send = async (against: IStoredExercise | undefined): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setNotPermitted(false);
    // Saved: the log takes over and this form is gone, so nothing more is set on it.
    let saved = false;
    try {
      const result = await services.exercises.save(input, requestId.current, against);
      if (result.kind === 'saved') {
        saved = true;
        props.onSaved(result.item);
      } else if (result.kind === 'invalid') setRefused(result.errors);
      else if (result.kind === 'notPermitted') setNotPermitted(true);
      else setTheirs(result.theirs);
    } catch (error) {
      setFailure(error);
    } finally {
      if (!saved) setBusy(false);
    }
  };

  const submit = async (): Promise<void> => {
    setChecked(true);
    if (Object.keys(local).length > 0) return;
    await send(base);
  };

  if (theirs && base) {
    return (
      <ConflictPanel
        id="trygg-exercise-conflict-heading"
        texts={conflictTexts()}
        intro={format(strings.ExerciseConflictIntro, personName(theirs.modifiedBy) || strings.Unknown, formatDateTime(theirs.modified))}
        rows={exerciseConflictRows(input, base, theirs, context.units)}
        busy={busy}
        primary={{
          text: strings.ConflictKeepMine,
          onClick: () => {
            setTheirs(undefined);
            setBase(theirs);
            runDetached(send(theirs));
          }
        }}
        secondary={{
          text: strings.ConflictTakeTheirs,
          onClick: () => {
            setTheirs(undefined);
            setBase(theirs);
            setForm(formFromExercise(theirs));
          }
        }}
      />
    );
  }

  const headingId = 'trygg-exercise-form-heading';
  return (
    <form
      aria-labelledby={headingId}
      noValidate
      data-exercise-form={base ? base.id : 'new'}
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(submit());
      }}
    >
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 760 } }}>
        <h3 id={headingId} ref={heading} tabIndex={-1} style={{ margin: 0, outline: 'none' }}>
          <Text variant="large">{base ? strings.EditExerciseHeading : strings.NewExerciseHeading}</Text>
        </h3>
        <Text block>{strings.ExerciseFormIntro}</Text>
        <ExerciseFields
          form={form}
          errors={errors}
          rowErrors={checked ? rowErrors : []}
          units={units}
          disabled={busy}
          onChange={(patch) => {
            setForm((before) => ({ ...before, ...patch }));
            setRefused({});
          }}
        />
        {checked && Object.keys(errors).length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} data-form-errors>
            {strings.FormHasErrors}
          </MessageBar>
        )}
        {notPermitted && <MessageBar messageBarType={MessageBarType.blocked}>{strings.ExerciseNotPermitted}</MessageBar>}
        {failure !== undefined && <ErrorMessageBar error={failure} onDismiss={() => setFailure(undefined)} />}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={strings.SaveExercise} disabled={busy} />
          <DefaultButton text={strings.Cancel} disabled={busy} onClick={props.onCancel} />
        </Stack>
      </Stack>
    </form>
  );
}
