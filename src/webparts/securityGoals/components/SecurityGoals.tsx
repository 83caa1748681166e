import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IGoalView } from '../../../services/pdsa/IPdsaServices';
import { useAsyncData } from '../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { ISecurityGoalsProps } from './ISecurityGoalsProps';
import { IGoalFilter, IGoalsContext, loadGoalsContext, serviceFilter } from './goalsContext';
import { GoalListView } from './list/GoalListView';
import { GoalPage } from './goal/GoalPage';
import { GoalEditor } from './form/GoalEditor';

/** A stored goal by its id (just added, or opened), or a new one being written. */
type Opened = { readonly kind: 'goal'; readonly id: number; readonly added?: boolean } | { readonly kind: 'new' };

/** The year's goals; one goal, or the new-goal form, at a time when opened. */
export default function SecurityGoals(props: ISecurityGoalsProps): React.ReactElement {
  const { services } = props;
  const [context, reloadContext] = useAsyncData(() => loadGoalsContext(services), [services]);
  const [opened, setOpened] = React.useState<Opened | undefined>(props.initialGoalId ? { kind: 'goal', id: props.initialGoalId } : undefined);
  const heading = props.title || strings.DefaultTitle;
  return (
    <section data-trygg="security-goals" aria-label={heading} style={{ maxWidth: 1200 }}>
      <Stack tokens={{ childrenGap: 12 }}>
        {/* An open goal's own heading takes this level. */}
        {(!opened || opened.kind === 'new' || context.state !== 'ready') && (
          <Text as="h2" variant="xLarge" block styles={{ root: { margin: 0 } }}>
            {opened && opened.kind === 'new' && context.state === 'ready' ? strings.NewGoalHeading : heading}
          </Text>
        )}
        {context.state === 'loading' && <Spinner label={common.Loading} />}
        {context.state === 'failed' && <ErrorMessageBar error={context.error} onRetry={reloadContext} />}
        {context.state === 'ready' && <GoalsBody {...props} context={context.value} opened={opened} onOpen={setOpened} />}
      </Stack>
    </section>
  );
}

interface IGoalsBodyProps extends ISecurityGoalsProps {
  context: IGoalsContext;
  opened: Opened | undefined;
  onOpen: (opened: Opened | undefined) => void;
}

function GoalsBody(props: IGoalsBodyProps): React.ReactElement {
  const { services, context, opened, onOpen } = props;
  const currentYear = React.useMemo(() => services.now().getUTCFullYear(), [services]);
  // Kept here, so that the year and filters survive opening a goal and coming back.
  const [year, setYear] = React.useState(currentYear);
  const [filter, setFilter] = React.useState<IGoalFilter>({});
  const [lastOpened, setLastOpened] = React.useState<number | undefined>(undefined);
  const [list, reload, replace] = useAsyncData(() => services.goals.list(year, serviceFilter(filter, context.units)), [services, year, filter.unitId, filter.area]);

  // A link to a goal of another year (a mail, the home page) opens that year once.
  const [yearLookup, setYearLookup] = React.useState<'notAsked' | 'asking' | 'asked'>('notAsked');
  const missingId = opened && opened.kind === 'goal' && list.state === 'ready' && !list.value.some((candidate) => candidate.goal.id === opened.id) ? opened.id : undefined;
  React.useEffect(() => {
    if (missingId === undefined || yearLookup !== 'notAsked') return;
    setYearLookup('asking');
    const done = (): void => setYearLookup('asked');
    services.goals.yearOf(missingId).then((goalYear) => {
      if (goalYear !== undefined && goalYear !== year) setYear(goalYear);
      done();
      // Not found or not readable: the page says so.
    }, done);
  }, [missingId, yearLookup, services, year]);

  const open = (id: number): void => {
    setLastOpened(id);
    onOpen({ kind: 'goal', id });
  };
  const back = (): void => onOpen(undefined);

  if (opened && opened.kind === 'new') {
    return (
      <GoalEditor
        services={services}
        context={context}
        year={year}
        currentYear={currentYear}
        onSaved={(goal) => {
          // Shown in its year with no filters, so the new goal is in the list it returns to.
          setYear(goal.year);
          setFilter({});
          reload();
          setLastOpened(goal.id);
          onOpen({ kind: 'goal', id: goal.id, added: true });
        }}
        onCancel={back}
      />
    );
  }

  if (opened && opened.kind === 'goal') {
    if (list.state === 'loading' || yearLookup === 'asking') return <Spinner label={common.Loading} />;
    if (list.state === 'failed') return <ErrorMessageBar error={list.error} onRetry={reload} />;
    const view = list.value.find((candidate) => candidate.goal.id === opened.id);
    if (!view) {
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <ActionButton iconProps={{ iconName: 'Back' }} text={strings.BackToList} onClick={back} styles={{ root: { alignSelf: 'flex-start' } }} />
          <MessageBar messageBarType={MessageBarType.warning}>{common.ErrorNotFound}</MessageBar>
        </Stack>
      );
    }
    const parent = list.value.find((candidate) => candidate.goal.id === view.goal.parentGoalId);
    return (
      <GoalPage
        services={services}
        context={context}
        view={view}
        parentTitle={parent ? parent.goal.title : undefined}
        currentYear={currentYear}
        added={opened.added}
        onBack={back}
        onChange={(next: IGoalView) => replace(list.value.map((candidate) => (candidate.goal.id === next.goal.id ? next : candidate)))}
        onReload={reload}
      />
    );
  }

  return (
    <GoalListView
      context={context}
      year={year}
      currentYear={currentYear}
      filter={filter}
      list={list}
      onYear={setYear}
      onFilter={setFilter}
      onReload={reload}
      onOpen={open}
      onNew={() => onOpen({ kind: 'new' })}
      focusGoalId={lastOpened}
    />
  );
}
