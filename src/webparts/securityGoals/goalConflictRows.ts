import * as strings from 'SecurityGoalsWebPartStrings';
import { IOrganisationUnit } from '../../domain/organisation';
import { formatDate, formatNumber } from '../../components/dates';
import { IConflictPanelRow } from '../../components/ConflictPanel';
import { IGoalFormState, REGIONAL } from './goalForm';
import { parseDecimal } from './goalNumbers';
import { activityStatusLabel, areaLabel, directionLabel, frequencyLabel, priorityLabel } from './labels';

type Reader = (form: IGoalFormState) => string;

/** A typed number as the page shows it, so "40" and "40,0" do not differ. */
function numberText(text: string): string {
  const value = parseDecimal(text);
  return value === undefined ? '' : isNaN(value) ? text.trim() : formatNumber(value, 6);
}

/**
 * Field by field, the version I was saving against the one stored now, only where they differ.
 * Both are read as the form shows them, so nothing differs only in how it was written.
 */
export function goalConflictRows(
  mine: IGoalFormState,
  theirs: IGoalFormState,
  units: readonly IOrganisationUnit[],
  goalTitle: (id: number | undefined) => string
): IConflictPanelRow[] {
  const scope = (form: IGoalFormState): string =>
    form.scope === REGIONAL ? strings.ScopeRegional : (units.find((unit) => unit.id === form.scope) || { title: '' }).title;
  const readers: [string, Reader][] = [
    ['title', (f) => f.title.trim()],
    ['scope', scope],
    ['parentGoalId', (f) => (f.scope === REGIONAL ? '' : goalTitle(f.parentGoalId))],
    ['area', (f) => areaLabel(f.area)],
    ['priority', (f) => priorityLabel(f.priority)],
    ['indicator', (f) => f.indicator.trim()],
    ['unitOfMeasure', (f) => f.unitOfMeasure.trim()],
    ['baseline', (f) => numberText(f.baseline)],
    ['target', (f) => numberText(f.target)],
    ['direction', (f) => directionLabel(f.direction)],
    ['targetDate', (f) => (f.targetDate ? formatDate(`${f.targetDate}T00:00:00.000Z`) : '')],
    ['frequency', (f) => frequencyLabel(f.frequency)],
    ['year', (f) => f.year.trim()],
    ['activities', (f) => f.activities.map((row) => [row.title.trim(), numberText(row.cost), activityStatusLabel(row.status)].filter(Boolean).join(' · ')).join('\n')]
  ];
  return readers
    .map(([field, read]) => ({ field, label: strings.Fields[field] || field, mine: read(mine), theirs: read(theirs), differs: true }))
    .filter((row) => row.mine !== row.theirs);
}
