import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as common from 'TryggStrings';
import * as strings from 'SecurityGoalsWebPartStrings';
import { GoalErrors } from '../../../../domain/pdsa/goals';
import { IStoredGoal } from '../../../../domain/pdsa/repositories';
import { ITryggServices } from '../../../../services/ITryggServices';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { ConflictPanel } from '../../../../components/ConflictPanel';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { formatDateTime } from '../../../../components/dates';
import { runDetached } from '../../../../components/runDetached';
import { useAsyncData } from '../../../../components/useAsyncData';
import { format } from '../../../../common/format';
import { formFromGoal, IGoalFormState, inputFromForm } from '../../goalForm';
import { goalConflictRows } from '../../goalConflictRows';
import { IGoalsContext } from '../goalsContext';
import { GoalForm } from './GoalForm';

export interface IGoalEditorProps {
  services: ITryggServices;
  context: IGoalsContext;
  /** The stored goal to change; undefined for a new one. */
  goal?: IStoredGoal;
  /** A new goal's year. */
  year: number;
  currentYear: number;
  /** The goal as stored now: saved, or (taken) the other person's version chosen in a conflict. */
  onSaved: (goal: IStoredGoal, taken?: boolean) => void;
  onCancel: () => void;
}

type Failure = { readonly kind: 'notPermitted' } | { readonly kind: 'failed'; readonly error: unknown; readonly retry: () => void };

/**
 * Saves a goal and says how it went in the service's terms: refused fields at their fields, not
 * the user's to change in a sentence, a conflict side by side, anything else in an error bar.
 */
export function GoalEditor(props: IGoalEditorProps): React.ReactElement {
  const { services, context, goal } = props;
  const [formYear, setFormYear] = React.useState(goal ? goal.year : props.year);
  const [regionalGoals] = useAsyncData(
    // No unit ids: the year's regional goals alone, the ones a unit goal can contribute to.
    () => services.goals.list(formYear, { unitIds: [] }).then((views) => views.map((view) => view.goal).filter((other) => other.scopeUnitId === undefined && (!goal || other.id !== goal.id))),
    [services, formYear]
  );
  const lastRegional = React.useRef<IStoredGoal[] | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<Failure | undefined>(undefined);
  const [conflict, setConflict] = React.useState<{ readonly mine: IGoalFormState; readonly theirs: IStoredGoal } | undefined>(undefined);
  // One id per goal being saved: a retry after a lost answer finds the goal its first attempt added.
  const requestId = React.useRef(newClientRequestId());
  const initial = React.useMemo(() => {
    const onlyUnit = !context.scope.regional && context.scope.unitIds.length === 1 ? context.scope.unitIds[0] : undefined;
    return formFromGoal(goal, props.year, strings.DecimalMark, {
      scope: onlyUnit,
      priority: 'Medel',
      direction: 'Högre är bättre',
      frequency: 'Kvartal',
      ownerId: context.me.id
    });
  }, [goal, props.year, context]);
  const scopeUnits = React.useMemo(
    () => context.units.filter((unit) => context.scope.regional || context.scope.unitIds.indexOf(unit.id) >= 0 || (goal && goal.scopeUnitId === unit.id)),
    [context, goal]
  );

  const save = async (form: IGoalFormState, base: IStoredGoal | undefined): Promise<GoalErrors | undefined> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await services.goals.save(inputFromForm(form), requestId.current, base);
      if (result.kind === 'invalid') return result.errors;
      if (result.kind === 'notPermitted') setFailure({ kind: 'notPermitted' });
      else if (result.kind === 'conflict') setConflict({ mine: form, theirs: result.theirs });
      else {
        setConflict(undefined);
        props.onSaved(result.item);
      }
    } catch (error) {
      setFailure({ kind: 'failed', error, retry: () => runDetached(save(form, base)) });
    } finally {
      setBusy(false);
    }
    return undefined;
  };

  // The form stays while another year's regional goals load: what the user typed is kept.
  if (regionalGoals.state === 'ready') lastRegional.current = regionalGoals.value;
  const regional = lastRegional.current;
  if (!regional) return regionalGoals.state === 'failed' ? <ErrorMessageBar error={regionalGoals.error} /> : <Spinner label={common.Loading} />;
  const goalTitle = (id: number | undefined): string => (regional.find((other) => other.id === id) || { title: '' }).title;

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {conflict && (
        <ConflictPanel
          id="trygg-goal-conflict-heading"
          texts={{
            heading: strings.ConflictHeading,
            caption: strings.ConflictCaption,
            field: strings.ConflictField,
            mine: strings.ConflictMine,
            theirs: strings.ConflictTheirs,
            empty: strings.EmptyValue
          }}
          intro={format(strings.ConflictIntro, formatDateTime(conflict.theirs.modified))}
          rows={goalConflictRows(conflict.mine, formFromGoal(conflict.theirs, conflict.theirs.year, strings.DecimalMark), context.units, goalTitle)}
          busy={busy}
          primary={{ text: strings.ConflictKeepMine, onClick: () => runDetached(save(conflict.mine, conflict.theirs)) }}
          secondary={{ text: strings.ConflictTakeTheirs, onClick: () => props.onSaved(conflict.theirs, true) }}
        />
      )}
      {failure && failure.kind === 'notPermitted' && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline data-not-permitted>
          {strings.NotPermitted}
        </MessageBar>
      )}
      {regionalGoals.state === 'failed' && <ErrorMessageBar error={regionalGoals.error} />}
      {failure && failure.kind === 'failed' && <ErrorMessageBar error={failure.error} onRetry={failure.retry} onDismiss={() => setFailure(undefined)} />}
      {!conflict && (
        <GoalForm
          initial={initial}
          goal={goal}
          allUnits={context.units}
          scopeUnits={scopeUnits}
          regional={context.scope.regional || (!!goal && goal.scopeUnitId === undefined)}
          regionalGoals={regional}
          currentYear={props.currentYear}
          busy={busy}
          onSave={(form) => save(form, goal)}
          onCancel={props.onCancel}
          onYearChange={setFormYear}
        />
      )}
    </Stack>
  );
}
