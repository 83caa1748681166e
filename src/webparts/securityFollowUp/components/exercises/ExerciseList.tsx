import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IStoredExercise } from '../../../../domain/pdsa/repositories';
import { PlainText } from '../../../../components/PlainText';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { followUpState, followUpSummary } from '../../exerciseLog';
import { areasLabel, kindLabel, unitTitle } from '../../labels';

export interface IExerciseListProps {
  exercises: readonly IStoredExercise[];
  /** The year's entries before the filter, to say when the filter hides them all. */
  total: number;
  units: readonly IOrganisationUnit[];
  now: Date;
  highlightId?: number;
  /** The edit step for an entry the user may change; undefined for one they may only read. */
  onEdit: (exercise: IStoredExercise) => (() => void) | undefined;
}

/** The log, newest first: each entry with what was practised, who took part, what was learned and what follows. */
export function ExerciseList(props: IExerciseListProps): React.ReactElement {
  const theme = useTheme();
  if (props.exercises.length === 0) {
    return (
      <Text block data-empty="exercises">
        {props.total > 0 ? strings.LogEmptyFiltered : strings.LogEmpty}
      </Text>
    );
  }
  const stateText = { done: strings.ActionDone, open: strings.ActionOpen, overdue: strings.ActionOverdue };
  return (
    <ol aria-label={strings.LogLabel} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {props.exercises.map((exercise) => {
        const edit = props.onEdit(exercise);
        const headingId = `trygg-exercise-${exercise.id}`;
        return (
          <li
            key={exercise.id}
            data-exercise={exercise.id}
            style={{
              padding: '10px 0',
              borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
              background: props.highlightId === exercise.id ? theme.palette.themeLighterAlt : undefined
            }}
          >
            <article aria-labelledby={headingId}>
              <Stack tokens={{ childrenGap: 4 }}>
                <Text as="h4" id={headingId} variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
                  {formatDate(exercise.date)} · {exercise.title}
                </Text>
                <Text block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
                  {[
                    unitTitle(props.units, exercise.unitId),
                    kindLabel(exercise.kind),
                    areasLabel(exercise.areas),
                    exercise.participants !== undefined ? format(strings.ParticipantsCount, exercise.participants) : undefined
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <dl style={{ margin: 0 }}>
                  <dt style={{ fontWeight: 600 }}>{strings.Fields.scenario}</dt>
                  <dd style={{ margin: '0 0 4px' }}>
                    <PlainText text={exercise.scenario} />
                  </dd>
                  <dt style={{ fontWeight: 600 }}>{strings.Fields.lessonsLearned}</dt>
                  <dd style={{ margin: '0 0 4px' }}>
                    <PlainText text={exercise.lessonsLearned} empty={strings.NoLessons} />
                  </dd>
                  <dt style={{ fontWeight: 600 }}>
                    {strings.Fields.followUpActions} ({followUpSummary(exercise.followUpActions)})
                  </dt>
                  {exercise.followUpActions.length > 0 && (
                    <dd style={{ margin: '0 0 4px' }}>
                      <ul style={{ margin: 0, paddingLeft: 20 }}>
                        {exercise.followUpActions.map((action, index) => {
                          const state = followUpState(action, props.now);
                          return (
                            <li key={index} data-follow-up={state}>
                              <span style={{ overflowWrap: 'anywhere' }}>{action.title}</span>
                              {' – '}
                              <span style={{ color: state === 'overdue' ? theme.semanticColors.errorText : undefined, fontWeight: state === 'overdue' ? 600 : undefined }}>
                                {state === 'overdue' && <span aria-hidden="true">⚠ </span>}
                                {stateText[state]}
                                {action.dueDate && !action.done ? ` · ${format(strings.DueBy, formatDate(action.dueDate))}` : ''}
                              </span>
                            </li>
                          );
                        })}
                      </ul>
                    </dd>
                  )}
                  {exercise.nextDueDate && (
                    <>
                      <dt style={{ fontWeight: 600 }}>{strings.Fields.nextDueDate}</dt>
                      <dd style={{ margin: 0 }}>{formatDate(exercise.nextDueDate)}</dd>
                    </>
                  )}
                </dl>
                {edit && (
                  <Stack horizontal>
                    <DefaultButton text={strings.EditExercise} ariaLabel={format(strings.EditExerciseLabel, exercise.title)} onClick={edit} />
                  </Stack>
                )}
              </Stack>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
