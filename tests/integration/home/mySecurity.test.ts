/**
 * "Min säkerhet" through the real services and the emulator, as four people: every figure against
 * what Region Exempel's seed holds, and the whole page in two requests (who I am, then one $batch).
 */
import { IRunningEmulator } from '../../../tools/emulator';
import { REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { ISeedItem } from '../../../tools/emulator/seed/types';
import { isOpen } from '../../../src/domain/deviations/workflow';
import { DeviationStatus } from '../../../src/domain/deviations/vocabulary';
import { calendarDay, DAY_MS } from '../../../src/domain/days';
import { IGoal, measurementsDue } from '../../../src/domain/pdsa/goals';
import { MeasurementFrequency } from '../../../src/domain/pdsa/vocabulary';
import { IMySecurity } from '../../../src/services/home/IMySecurityService';
import { regionExempel, servicesAs, startRegion } from '../services/servicesHelpers';

const NOW = new Date(REFERENCE_TIME);

describe('Min säkerhet', () => {
  let emulator: IRunningEmulator;
  const pages = new Map<string, IMySecurity>();
  const dataRequests = new Map<string, { path: string; batchParts?: number }[]>();

  beforeAll(async () => {
    emulator = await startRegion();
    for (const key of ['lars.holm', 'peter.sjoberg', 'anna.svensson', 'helena.ask']) {
      const services = servicesAs(emulator, key, () => NOW);
      emulator.requests.reset();
      pages.set(key, await services.mySecurity.load());
      // The form digest a $batch (a POST) needs comes with the page in SharePoint (SPFx's pageContext); the workbench fetches it once.
      dataRequests.set(key, emulator.requests.list().filter((request) => !/\/_api\/contextinfo$/i.test(request.path)));
    }
  });

  afterAll(() => emulator.close());

  const seed = (list: string): ISeedItem[] => (regionExempel().items[list] || []) as ISeedItem[];
  const value = (item: ISeedItem, name: string): unknown => (item.values as Record<string, unknown>)[name];
  const page = (key: string): IMySecurity => pages.get(key) as IMySecurity;
  const section = (key: string, name: string): readonly { reference?: string; urgency: string; kind: string }[] =>
    page(key).sections.filter((entry) => entry.key === name)[0].items;
  const unitId = (code: string): number => seed('units').filter((unit) => value(unit, 'UnitCode') === code)[0].Id as number;

  it.each(['lars.holm', 'peter.sjoberg', 'anna.svensson', 'helena.ask'])('loads for %s in two requests: who I am, then one $batch', (key) => {
    const requests = dataRequests.get(key) || [];
    expect(requests.length).toBeLessThanOrEqual(2);
    expect(requests.filter((request) => /\$batch$/.test(request.path))).toHaveLength(2);
    // Nothing else: no Graph call for the department, no second page.
    expect(requests.every((request) => /\/sites\/trygg\/_api\/\$batch$/.test(request.path))).toBe(true);
  });

  it("gives the handler every open case assigned to them, in both lists, the overdue first", () => {
    const expected = ['deviations', 'protectedDeviations'].map((list) =>
      seed(list).filter((item) => value(item, 'Handler') === 'lars.holm' && isOpen(value(item, 'Status') as DeviationStatus)).length
    );
    const cases = section('lars.holm', 'cases');
    expect(cases.length).toBe(expected[0] + expected[1]);
    expect(cases.filter((item) => /^SKY-/.test(item.reference || ''))).toHaveLength(expected[1]);
    const firstDue = cases.findIndex((item) => item.urgency === 'due');
    expect(cases.slice(firstDue < 0 ? cases.length : firstDue).every((item) => item.urgency === 'due')).toBe(true);
  });

  it('gives each person the open deviation and risk actions they own', () => {
    for (const key of ['lars.holm', 'peter.sjoberg', 'anna.svensson']) {
      const owned = (list: string): number => seed(list).filter((item) => value(item, 'ActionOwner') === key && value(item, 'ActionStatus') !== 'Klar').length;
      const actions = section(key, 'actions');
      expect([key, actions.filter((item) => item.kind === 'riskAction').length]).toEqual([key, owned('riskActions')]);
      expect([key, actions.filter((item) => item.kind === 'deviationAction').length]).toEqual([key, owned('deviationActions') + owned('protectedActions')]);
    }
  });

  it('gives the manager the risks of their unit due for review within 30 days', () => {
    const akuten = unitId('RE-SJH-AKU');
    const due = seed('risks').filter((risk) => {
      const status = value(risk, 'RiskStatus');
      const day = calendarDay(value(risk, 'NextReviewAt') as string | undefined);
      const mine = value(risk, 'Unit') === akuten || value(risk, 'RiskOwner') === 'lars.holm';
      return mine && status !== 'Utkast' && status !== 'Avslutad' && day !== undefined && day <= NOW.getTime() + 30 * DAY_MS;
    });
    expect(section('lars.holm', 'risks').map((item) => item.reference).sort()).toEqual(due.map((risk) => `RISK-${String(risk.Id).padStart(5, '0')}`).sort());
    expect(due.length).toBeGreaterThan(0);
  });

  it('asks the owners to revise their documents that are due, and readers to confirm', () => {
    expect(section('helena.ask', 'documents').map((item) => [item.kind, item.reference, item.urgency])).toEqual([['documentReview', 'INS-003', 'overdue']]);
    const peters = section('peter.sjoberg', 'documents');
    expect(peters.every((item) => item.kind === 'documentReview')).toBe(true);
    const owned = seed('governingDocuments').filter((item) => value(item, 'DocumentOwner') === 'peter.sjoberg').map((item) => value(item, 'DocumentNumber'));
    expect(peters.length).toBeGreaterThan(0);
    expect(peters.every((item) => owned.indexOf(item.reference) >= 0)).toBe(true);
    expect(section('lars.holm', 'documents').filter((item) => item.kind === 'documentConfirmation').length).toBeGreaterThan(0);
  });

  it("gives goal owners this year's goals with a measurement due", () => {
    const measurements = seed('measurements').map((item) => ({
      id: item.Id,
      goalId: value(item, 'GoalId') as number,
      value: value(item, 'MeasuredValue') as number,
      measuredOn: value(item, 'MeasuredOn') as string
    }));
    const due = (key: string): number[] =>
      seed('goals')
        .filter((item) => value(item, 'GoalOwner') === key && value(item, 'GoalYear') === 2026)
        .filter((item) => {
          const goal = { id: item.Id, year: 2026, targetDate: value(item, 'TargetDate') as string, frequency: value(item, 'MeasurementFrequency') as MeasurementFrequency };
          return measurementsDue(goal as IGoal, measurements, NOW).length > 0;
        })
        .map((item) => item.Id);
    const goalIds = (key: string): number[] => page(key).sections.filter((entry) => entry.key === 'goals')[0].items.map((item) => (item.target as { goalId: number }).goalId);
    expect(goalIds('lars.holm').sort()).toEqual(due('lars.holm').sort());
    expect(due('lars.holm').length).toBeGreaterThan(0);
    expect(goalIds('peter.sjoberg').sort()).toEqual(due('peter.sjoberg').sort());
    expect(goalIds('anna.svensson')).toEqual([]);
  });

  it("shows the manager their unit's goals and PDSA state, the employee the goals only", () => {
    const akuten = unitId('RE-SJH-AKU');
    const goals = seed('goals').filter((goal) => value(goal, 'ScopeUnitId') === akuten && value(goal, 'GoalYear') === 2026).length;
    for (const key of ['lars.holm', 'anna.svensson']) {
      expect([key, page(key).unit && page(key).unit!.id, page(key).unitGoals.length]).toEqual([key, akuten, goals]);
    }
    expect(goals).toBeGreaterThan(0);
    expect(page('lars.holm').pdsa!.phases.map((phase) => phase.phase)).toEqual(['Planera', 'Genomföra', 'Studera', 'Agera']);
    expect(page('anna.svensson').pdsa).toBeUndefined();
    expect(page('peter.sjoberg').pdsa).toBeDefined();
  });

  it.each(['lars.holm', 'peter.sjoberg'])("shows %s the same PDSA state and evidence of their unit as the dashboard", async (key) => {
    const mine = page(key);
    const matrix = await servicesAs(emulator, key, () => NOW).pdsa.matrix(2026);
    const dashboard = matrix.rolledUp.get(mine.unit!.id);
    // The same evidence, counted by the same rules from the same lists, read here in one $batch.
    expect(mine.pdsa!.phases.map((phase) => [phase.state, phase.evidence])).toEqual(dashboard!.phases.map((phase) => [phase.state, phase.evidence]));
    expect(mine.pdsa!.currentPhase).toBe(dashboard!.currentPhase);
  });

  it('has nothing for the employee to do, and nothing cut', () => {
    expect(page('anna.svensson').sections.every((entry) => entry.items.length === 0)).toBe(true);
    for (const key of pages.keys()) expect([key, page(key).truncated]).toEqual([key, []]);
  });
});
