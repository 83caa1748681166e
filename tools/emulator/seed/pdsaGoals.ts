/**
 * Goals (TryggMal) and their measurements (TryggMatningar) from pdsaGoalSpecs.ts. Each value is
 * measured within its calendar period (a few days before the period ends, as units measure when
 * the period closes) and entered a few days later.
 */
import { measurementPeriods } from '../../../src/domain/pdsa/goals';
import { MeasurementFrequency } from '../../../src/domain/pdsa/vocabulary';
import { PERSONAS } from './personas';
import { addDays, dayIso, instantAfter, IPdsaUnits, notAfter } from './pdsaContext';
import { GOAL_SPECS, IGoalSpec } from './pdsaGoalSpecs';
import { Random } from './random';
import { ISeedItem } from './types';

/** The PRNG stream of the goals; other PDSA builders use their own, so adding one changes no other. */
const GOALS_SEED = 20261401;

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** How a period is named on a measurement: "Kvartal 3 2026", "Oktober 2026". */
export function periodLabel(frequency: MeasurementFrequency, start: string): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7)) - 1;
  switch (frequency) {
    case 'Månad':
      return `${MONTHS[month][0].toUpperCase()}${MONTHS[month].slice(1)} ${year}`;
    case 'Kvartal':
      return `Kvartal ${Math.floor(month / 3) + 1} ${year}`;
    case 'Halvår':
      return `Halvår ${Math.floor(month / 6) + 1} ${year}`;
    default:
      return `År ${year}`;
  }
}

function ownerOf(spec: IGoalSpec, units: IPdsaUnits): string {
  if (spec.owner) return spec.owner.charAt(0) === '@' ? units.actingManagerOf(spec.owner.slice(1)) : spec.owner;
  return spec.unit ? units.actingManagerOf(spec.unit) : PERSONAS.securityFunction.key;
}

function activitiesJson(spec: IGoalSpec): string {
  return JSON.stringify(
    spec.activities.map(([title, costEstimate, status]) => (costEstimate === undefined ? { title, status } : { title, costEstimate, status }))
  );
}

/** Regional goals are set by the security function in December; units set theirs in January. */
function createdOn(spec: IGoalSpec, index: number): string {
  return spec.unit ? instantAfter(`${spec.year}-01-12`, index % 20) : instantAfter(`${spec.year - 1}-12-08`, index % 5);
}

export function buildGoals(units: IPdsaUnits): { goals: ISeedItem[]; measurements: ISeedItem[] } {
  const random = new Random(GOALS_SEED);
  const idByKey = new Map<string, number>();
  GOAL_SPECS.forEach((spec, index) => {
    if (idByKey.has(spec.key)) throw new Error(`Two PDSA goals share the key ${spec.key}`);
    idByKey.set(spec.key, index + 1);
  });
  const goals: ISeedItem[] = [];
  const measurements: ISeedItem[] = [];
  GOAL_SPECS.forEach((spec, index) => {
    const id = index + 1;
    const owner = ownerOf(spec, units);
    const targetDate = spec.targetDate || `${spec.year}-12-31`;
    const created = createdOn(spec, index);
    let modified = created;
    const periods = measurementPeriods({ year: spec.year, targetDate, frequency: spec.theme.frequency });
    spec.values.forEach((value, periodIndex) => {
      if (value === undefined) return;
      const period = periods[periodIndex];
      if (!period) throw new Error(`Goal ${spec.key} has more values than measurement periods`);
      const measuredOn = addDays(period.end, -random.int(0, 5));
      if (Date.parse(dayIso(measuredOn)) > units.referenceDay) throw new Error(`Goal ${spec.key} is measured after the reference time`);
      const enteredAt = notAfter(instantAfter(measuredOn, random.int(0, 4), 8 + random.int(0, 7)), units);
      if (enteredAt > modified) modified = enteredAt;
      const note = spec.notes ? spec.notes[periodIndex] : undefined;
      const measurementId = measurements.length + 1;
      measurements.push({
        Id: measurementId,
        Author: owner,
        Created: enteredAt,
        values: {
          Title: periodLabel(spec.theme.frequency, period.start),
          ClientRequestId: `seed-measurement-${measurementId}`,
          GoalId: id,
          GoalYear: spec.year,
          MeasuredValue: value,
          MeasuredOn: dayIso(measuredOn),
          MeasurementComment: note
        }
      });
    });
    const parentId = spec.parent === undefined ? undefined : idByKey.get(spec.parent);
    if (spec.parent !== undefined && parentId === undefined) throw new Error(`Goal ${spec.key} names an unknown parent ${spec.parent}`);
    goals.push({
      Id: id,
      Author: spec.unit ? owner : PERSONAS.securityFunction.key,
      Created: created,
      Modified: modified,
      values: {
        Title: spec.theme.title,
        ClientRequestId: `seed-goal-${id}`,
        ScopeUnitId: spec.unit ? units.unitIdOf(spec.unit) : undefined,
        ParentGoalId: parentId,
        SecurityArea: spec.theme.area,
        GoalPriority: spec.priority,
        Indicator: spec.theme.indicator,
        UnitOfMeasure: spec.theme.unitOfMeasure,
        Baseline: spec.baseline,
        TargetValue: spec.target,
        GoalDirection: spec.theme.direction,
        TargetDate: dayIso(targetDate),
        MeasurementFrequency: spec.theme.frequency,
        Activities: activitiesJson(spec),
        GoalYear: spec.year,
        GoalOwner: owner
      }
    });
  });
  return { goals, measurements };
}
