import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as common from 'TryggStrings';
import * as strings from 'SecurityGoalsWebPartStrings';
import { dayString, utcDay } from '../../../../domain/days';
import { IMeasurementInput, MeasurementErrors, measurementErrors } from '../../../../domain/pdsa/goals';
import { IStoredGoal, IStoredMeasurement } from '../../../../domain/pdsa/repositories';
import { PDSA_LIMITS } from '../../../../domain/pdsa/vocabulary';
import { IGoalsService } from '../../../../services/pdsa/IPdsaServices';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { runDetached } from '../../../../components/runDetached';
import { parseDecimal } from '../../goalNumbers';
import { fieldErrorText, textErrorText } from '../../labels';

export interface IAddMeasurementFormProps {
  goal: IStoredGoal;
  service: IGoalsService;
  now: Date;
  onAdded: (measurement: IStoredMeasurement) => void;
  /** The goal changed under the page: read it again. */
  onStale: () => void;
}

type Outcome = { readonly kind: 'added' | 'notPermitted' | 'conflict' } | { readonly kind: 'failed'; readonly error: unknown };

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 8, alignItems: 'start' }
});

/** Value, date (today unless changed) and a comment; checked by the domain's measurementErrors before it is sent. */
export function AddMeasurementForm(props: IAddMeasurementFormProps): React.ReactElement {
  const { goal } = props;
  const [value, setValue] = React.useState('');
  const [measuredOn, setMeasuredOn] = React.useState(() => dayString(utcDay(props.now)));
  const [comment, setComment] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  const [serverErrors, setServerErrors] = React.useState<MeasurementErrors>({});
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  // One id per measurement: a retry after a lost answer finds the one its first attempt added.
  const [requestId, setRequestId] = React.useState(newClientRequestId);

  const input: IMeasurementInput = { goalId: goal.id, value: parseDecimal(value) as number, measuredOn, comment: comment.length > 0 ? comment : undefined };
  const local = measurementErrors(input, goal, props.now);
  const errors: MeasurementErrors = checked ? { ...serverErrors, ...local } : serverErrors;

  const change =
    (set: (text: string) => void): ((text: string) => void) =>
    (text: string): void => {
      set(text);
      setServerErrors({});
    };

  const add = async (): Promise<void> => {
    setChecked(true);
    setOutcome(undefined);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const result = await props.service.addMeasurement(input, requestId);
      if (result.kind === 'invalid') setServerErrors(result.errors);
      else if (result.kind === 'notPermitted' || result.kind === 'conflict') {
        setOutcome({ kind: result.kind });
        if (result.kind === 'conflict') props.onStale();
      } else {
        setRequestId(newClientRequestId());
        setValue('');
        setComment('');
        setChecked(false);
        setOutcome({ kind: 'added' });
        props.onAdded(result.item);
      }
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-labelledby="trygg-goal-add-measurement"
      noValidate
      data-add-measurement
      style={{ marginTop: 12 }}
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(add());
      }}
    >
      <Text as="h4" id="trygg-goal-add-measurement" variant="mediumPlus" block styles={{ root: { margin: '0 0 4px', fontWeight: 600 } }}>
        {strings.AddMeasurementHeading}
      </Text>
      <div className={classes.grid}>
        <TextField
          label={`${strings.MeasurementFields.value} (${goal.unitOfMeasure})`}
          required
          inputMode="decimal"
          value={value}
          description={strings.ValueHint}
          errorMessage={fieldErrorText(errors.value)}
          onChange={(_, next) => change(setValue)(next || '')}
        />
        <TextField
          label={strings.MeasurementFields.measuredOn}
          required
          type="date"
          value={measuredOn}
          max={dayString(utcDay(props.now))}
          errorMessage={fieldErrorText(errors.measuredOn)}
          onChange={(_, next) => change(setMeasuredOn)(next || '')}
        />
      </div>
      <LimitedTextField
        label={strings.MeasurementFields.comment}
        multiline
        autoAdjustHeight
        value={comment}
        limit={PDSA_LIMITS.comment}
        errorMessage={textErrorText(errors.comment, comment)}
        onChange={change(setComment)}
      />
      <div role="status" aria-live="polite" style={{ marginTop: 8 }}>
        {outcome && outcome.kind === 'added' && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setOutcome(undefined)}>
            {strings.MeasurementAdded}
          </MessageBar>
        )}
      </div>
      {errors.goalId && (
        // The goal itself is gone (removed since the page was read): nothing to correct in the form.
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {common.ErrorNotFound}
        </MessageBar>
      )}
      {outcome && outcome.kind === 'notPermitted' && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline data-not-permitted>
          {strings.NotPermittedMeasurement}
        </MessageBar>
      )}
      {outcome && outcome.kind === 'conflict' && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {strings.MeasurementConflict}
        </MessageBar>
      )}
      {outcome && outcome.kind === 'failed' && <ErrorMessageBar error={outcome.error} onRetry={() => runDetached(add())} onDismiss={() => setOutcome(undefined)} />}
      <PrimaryButton type="submit" text={strings.AddMeasurement} disabled={busy} styles={{ root: { marginTop: 8 } }} />
    </form>
  );
}
