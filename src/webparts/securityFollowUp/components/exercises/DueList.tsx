import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IExerciseDue } from '../../../../domain/pdsa/exercises';
import { format } from '../../../../common/format';
import { dueText, lastExerciseText } from '../../exerciseLog';
import { unitTitle } from '../../labels';

export interface IDueListProps {
  /** As the service gives them: most overdue first. */
  due: readonly IExerciseDue[];
  units: readonly IOrganisationUnit[];
}

/** The most overdue first; the rest on request, so the log stays within reach for the security function's 44 units. */
const SHOWN_AT_FIRST = 8;

/** The units due to exercise, overdue first, each in words (the colour only repeats them). */
export function DueList(props: IDueListProps): React.ReactElement {
  const theme = useTheme();
  const [all, setAll] = React.useState(false);
  if (props.due.length === 0) {
    return (
      <Text block data-empty="due">
        {strings.DueNone}
      </Text>
    );
  }
  const shown = all ? props.due : props.due.slice(0, SHOWN_AT_FIRST);
  return (
    <>
      <ul aria-label={strings.DueHeading} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((due) => {
          const last = lastExerciseText(due);
          return (
            <li
              key={due.unitId}
              data-due-unit={due.unitId}
              data-overdue={due.overdue ? 'true' : 'false'}
              style={{ padding: '4px 0 4px 8px', marginBottom: 4, borderLeft: `4px solid ${due.overdue ? theme.semanticColors.errorText : theme.palette.yellowDark}` }}
            >
              <Text block styles={{ root: { fontWeight: 600 } }}>
                {unitTitle(props.units, due.unitId)}
              </Text>
              <Text block styles={{ root: { color: due.overdue ? theme.semanticColors.errorText : undefined } }}>
                {due.overdue && <span aria-hidden="true">⚠ </span>}
                {dueText(due)}
              </Text>
              {last && (
                <Text block variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext, overflowWrap: 'anywhere' } }}>
                  {last}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length < props.due.length && (
        <ActionButton iconProps={{ iconName: 'ChevronDown' }} text={format(strings.ShowAllDue, props.due.length)} onClick={() => setAll(true)} />
      )}
    </>
  );
}
