import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { IStoredExercise } from '../../../../domain/pdsa/repositories';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { Section } from '../../../../components/Section';
import { useAsyncData } from '../../../../components/useAsyncData';
import { format } from '../../../../common/format';
import { ITryggServices } from '../../../../services/ITryggServices';
import { dueScope, filterExercises, IExerciseFilter } from '../../exerciseLog';
import { ownUnits } from '../../assessmentForm';
import { IFollowUpContext, isSecurityFunction, mayChange } from '../followUpContext';
import { ExerciseFilters } from './ExerciseFilters';
import { ExerciseList } from './ExerciseList';
import { ExerciseEditor } from './ExerciseEditor';
import { DueList } from './DueList';

export interface IExercisesViewProps {
  services: ITryggServices;
  context: IFollowUpContext;
  year: number;
  onYearChange: (year: number) => void;
}

type Mode = { readonly kind: 'log' } | { readonly kind: 'new' } | { readonly kind: 'edit'; readonly exercise: IStoredExercise };

/** The year's exercises and trainings, the units due to exercise, and the form for those who may log. */
export function ExercisesView(props: IExercisesViewProps): React.ReactElement {
  const { services, context, year } = props;
  // A manager starts with their own unit's log; the security function and employees with the region's.
  const [filter, setFilter] = React.useState<IExerciseFilter>(() => {
    const own = isSecurityFunction(context) ? undefined : ownUnits(context.me, context.units)[0];
    return own ? { unitId: own.id } : {};
  });
  const [mode, setMode] = React.useState<Mode>({ kind: 'log' });
  const [savedId, setSavedId] = React.useState<number | undefined>(undefined);
  const [log, reloadLog, replaceLog] = useAsyncData(() => services.exercises.list(year), [services, year]);
  const scope = dueScope(filter, context.units, context.changeable, isSecurityFunction(context));
  const [due, reloadDue] = useAsyncData(() => services.exercises.due(scope), [services, scope.join(',')]);
  const now = services.now();
  const mayLog = context.changeable.length > 0;

  const saved = (exercise: IStoredExercise): void => {
    setMode({ kind: 'log' });
    setSavedId(exercise.id);
    if (log.state === 'ready' && exercise.date.slice(0, 4) === String(year)) {
      const others = log.value.filter((entry) => entry.id !== exercise.id);
      replaceLog([exercise].concat(others).sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id));
    } else {
      reloadLog();
    }
    // A new exercise moves the unit's due day.
    reloadDue();
  };

  if (mode.kind !== 'log') {
    return (
      <ExerciseEditor
        services={services}
        context={context}
        existing={mode.kind === 'edit' ? mode.exercise : undefined}
        onSaved={saved}
        onCancel={() => setMode({ kind: 'log' })}
      />
    );
  }

  const shown = log.state === 'ready' ? filterExercises(log.value, filter, context.units) : [];
  return (
    <Stack tokens={{ childrenGap: 12 }} data-trygg="exercises">
      <Text block>{strings.ExercisesIntro}</Text>
      <ExerciseFilters year={year} now={now} onYearChange={props.onYearChange} filter={filter} units={context.units} onChange={setFilter} />
      {mayLog && (
        <Stack horizontal>
          <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.NewExercise} onClick={() => setMode({ kind: 'new' })} />
        </Stack>
      )}
      {savedId !== undefined && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setSavedId(undefined)} data-saved-exercise={savedId}>
          {strings.ExerciseSaved}
        </MessageBar>
      )}
      <Section id="trygg-exercises-due" heading={strings.DueHeading}>
        {due.state === 'loading' && <Spinner label={common.Loading} />}
        {due.state === 'failed' && <ErrorMessageBar error={due.error} onRetry={reloadDue} />}
        {due.state === 'ready' && <DueList due={due.value} units={context.units} />}
      </Section>
      <Section id="trygg-exercises-log" heading={format(strings.LogHeading, year)}>
        {log.state === 'loading' && <Spinner label={common.Loading} />}
        {log.state === 'failed' && <ErrorMessageBar error={log.error} onRetry={reloadLog} />}
        {log.state === 'ready' && (
          <ExerciseList
            exercises={shown}
            total={log.value.length}
            units={context.units}
            now={now}
            highlightId={savedId}
            onEdit={(exercise) => (mayChange(context, exercise.unitId) ? () => setMode({ kind: 'edit', exercise }) : undefined)}
          />
        )}
      </Section>
    </Stack>
  );
}
