/**
 * Shared by the goal, exercise, self-assessment, permission and reminder tests: the units they
 * write for, valid inputs to vary one field of, and a clock in 2031, a year Region Exempel's seed
 * (2025 and 2026) leaves empty, so nothing seeded changes what the tests count.
 */
import { IRunningEmulator } from '../../../tools/emulator';
import { IGoalInput } from '../../../src/domain/pdsa/goals';
import { IExerciseInput } from '../../../src/domain/pdsa/exercises';
import { ISelfAssessmentAnswer, SELF_ASSESSMENT_QUESTION_KEYS } from '../../../src/domain/pdsa/selfAssessment';
import { servicesAs } from '../services/servicesHelpers';
import { spAs } from '../permissions/signedInAs';

export const TEST_YEAR = 2031;
/** 1 July 2031, midday: half of the year has passed. */
export const JULY_FIRST = (): Date => new Date('2031-07-01T12:00:00.000Z');

export interface ITestUnits {
  /** Akutmottagningen: lars.holm's unit, anna.svensson's workplace. */
  readonly akuten: number;
  /** Intensivvårdsavdelningen: a sibling unit outside lars.holm's line. */
  readonly iva: number;
  /** Medicinavdelning 21: another unit outside it. */
  readonly m21: number;
}

export async function testUnits(emulator: IRunningEmulator): Promise<ITestUnits> {
  const units = await servicesAs(emulator, 'peter.sjoberg').units.getAll();
  const byCode = (code: string): number => {
    const unit = units.find((candidate) => candidate.code === code);
    if (!unit) throw new Error(`No unit ${code}`);
    return unit.id;
  };
  return { akuten: byCode('RE-SJH-AKU'), iva: byCode('RE-SJH-IVA'), m21: byCode('RE-SJH-M21') };
}

export function goalInput(scopeUnitId: number | undefined, overrides: Partial<IGoalInput> = {}): IGoalInput {
  return {
    title: 'Alla medarbetare utbildade i bemötande av hot',
    ...(scopeUnitId !== undefined ? { scopeUnitId } : {}),
    area: 'Hot och våld',
    priority: 'Hög',
    indicator: 'Andel medarbetare som gått utbildningen',
    unitOfMeasure: '%',
    baseline: 40,
    target: 90,
    direction: 'Högre är bättre',
    targetDate: `${TEST_YEAR}-12-31`,
    frequency: 'Kvartal',
    activities: [{ title: 'Halvdagsutbildning i bemötande', costEstimate: 25000, status: 'Planerad' }],
    year: TEST_YEAR,
    ...overrides
  };
}

export function exerciseInput(unitId: number, overrides: Partial<IExerciseInput> = {}): IExerciseInput {
  return {
    title: 'Utrymningsövning nattetid',
    date: `${TEST_YEAR}-03-12`,
    unitId,
    kind: 'Övning',
    scenario: 'Brand i förrådet intill väntrummet under natten, två sjuksköterskor i tjänst.',
    areas: ['Brandsäkerhet'],
    participants: 14,
    lessonsLearned: 'Utrymningsplanen i väntrummet var inaktuell.',
    followUpActions: [{ title: 'Uppdatera utrymningsplanen', dueDate: `${TEST_YEAR}-04-30`, done: false }],
    ...overrides
  };
}

/** Every question answered 3 ("Uppfylls till stor del"): a complete assessment. */
export function allAnswered(answer: ISelfAssessmentAnswer = { answer: 3 }): Record<string, ISelfAssessmentAnswer> {
  const answers: Record<string, ISelfAssessmentAnswer> = {};
  for (const key of SELF_ASSESSMENT_QUESTION_KEYS) answers[key] = answer;
  return answers;
}

/** How many items a list holds, as the security function (who reads every PDSA list) sees it. */
export async function itemCount(emulator: IRunningEmulator, listTitle: string, filter?: string): Promise<number> {
  let query = spAs(emulator, 'peter.sjoberg').web.lists.getByTitle(listTitle).items.select('Id').top(5000);
  if (filter) query = query.filter(filter);
  return (await query()).length;
}

/** `length` characters of hostile text (markup, quotes, Swedish letters), no space to trim at either end. */
export function longText(length: number): string {
  const piece = `<script>'"&åäö-`;
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}
