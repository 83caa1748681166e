/**
 * The PDSA dashboard through the real services and the emulator: all 44 units of Region Exempel in
 * a fixed, small number of HTTP requests that does not grow with the items behind them; a unit's
 * derived state is what the evidence written for it says; and a comment is written beside the state
 * only by those who may, and never changes it.
 *
 * The year is 2031 with the services' clock at 30 June 2031, so the seed's PDSA years (2025–2026)
 * add nothing to what this file writes; risks and documents count as of "now", and the unit chosen,
 * Intensivvårdsavdelningen (RE-SJH-IVA), has none in the seed.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { IRunningEmulator } from '../../../tools/emulator';
import { IOrganisationUnit } from '../../../src/domain/organisation';
import { exercisesList, goalsList, measurementsList, selfAssessmentsList } from '../../../src/schema/pdsaLists';
import { IListDefinition } from '../../../src/schema/types';
import { ListAccess, ListItem, WriteValue } from '../../../src/services/lists/listAccess';
import { ITryggServices } from '../../../src/services/ITryggServices';
import { newRequestId, servicesAs, startRegion } from '../services/servicesHelpers';
import { spAs } from '../permissions/signedInAs';

const YEAR = 2031;
const NOW = (): Date => new Date('2031-06-30T12:00:00Z');

describe('the PDSA dashboard', () => {
  let emulator: IRunningEmulator;
  let units: IOrganisationUnit[];
  const unitId = (code: string): number => (units.find((unit) => unit.code === code) as IOrganisationUnit).id;
  const as = (persona: string): ITryggServices => servicesAs(emulator, persona, NOW);

  beforeAll(async () => {
    emulator = await startRegion();
    units = await as('peter.sjoberg').units.getAll();
  });

  afterAll(() => emulator.close());

  async function add(sp: SPFI, list: IListDefinition, values: Record<string, WriteValue>): Promise<number> {
    const access = new ListAccess(sp, list);
    const added: ListItem = await access.list.items.add(access.toWrite({ ...values, ClientRequestId: newRequestId() }));
    return added.Id;
  }

  function goalValues(scopeUnitId: number, title: string): Record<string, WriteValue> {
    return {
      Title: title,
      ScopeUnitId: scopeUnitId,
      SecurityArea: 'Informationssäkerhet',
      GoalPriority: 'Hög',
      Indicator: 'Andel medarbetare som gått utbildningen',
      UnitOfMeasure: '%',
      Baseline: 10,
      TargetValue: 90,
      GoalDirection: 'Högre är bättre',
      TargetDate: `${YEAR}-12-31T00:00:00.000Z`,
      MeasurementFrequency: 'Kvartal',
      Activities: JSON.stringify([
        { title: 'Utbildning i informationssäkerhet', costEstimate: 25000, status: 'Genomförd' },
        { title: 'Genomgång av behörigheter', status: 'Genomförd' }
      ]),
      GoalYear: YEAR
    };
  }

  async function requestsOf(work: () => Promise<unknown>): Promise<string[]> {
    emulator.requests.reset();
    await work();
    return emulator.requests.list().map((request) => `${request.method} ${request.path.split('?')[0]}`);
  }

  it('derives a unit’s phases from the evidence written for it, and rolls the parent up from its children', async () => {
    const iva = unitId('RE-SJH-IVA');
    const peter = spAs(emulator, 'peter.sjoberg');
    const goalId = await add(peter, goalsList, goalValues(iva, 'Alla på IVA utbildade i informationssäkerhet'));
    await add(peter, measurementsList, { Title: 'Q1', GoalId: goalId, GoalYear: YEAR, MeasuredValue: 40, MeasuredOn: `${YEAR}-02-15T00:00:00.000Z` });
    await add(peter, exercisesList, {
      Title: 'Övning: it-avbrott på IVA',
      ExerciseDate: `${YEAR}-03-10T00:00:00.000Z`,
      UnitId: iva,
      ExerciseKind: 'Övning',
      Scenario: 'Journalsystemet ligger nere i fyra timmar',
      SecurityAreas: ['Informationssäkerhet', 'Driftsäkerhet'],
      FollowUpActions: JSON.stringify([{ title: 'Skriv ut reservrutiner', done: false }, { title: 'Öva igen i höst', done: false }])
    });
    await add(peter, selfAssessmentsList, { Title: 'IVA 2031', UnitId: iva, AssessmentYear: YEAR, AssessmentStatus: 'Utkast', Answers: '{}' });

    const cycle = await as('lars.holm').pdsa.cycle(iva, YEAR);
    expect(cycle).toBeDefined();
    if (!cycle) return;
    expect(cycle.evidence).toEqual({
      goals: 1,
      goalsWithBudgetedActivities: 1,
      risks: 0,
      risksOverdueForReview: 0,
      risksReviewedInYear: 0,
      activitiesPlanned: 2,
      activitiesCarriedOut: 2,
      riskActionsDue: 0,
      riskActionsDone: 0,
      exercisesHeld: 1,
      // Quarterly: Q1 and Q2 are due by 30 June, one is entered.
      measurementsDue: 2,
      measurementsEntered: 1,
      deviations: 0,
      deviationsReviewed: 0,
      selfAssessment: 'draft',
      improvementsDecided: 2,
      documentsOwned: 0,
      documentsCurrent: 0
    });
    expect(cycle.status.phases.map((phase) => [phase.phase, phase.state])).toEqual([
      ['Planera', 'inProgress'],
      ['Genomföra', 'done'],
      ['Studera', 'inProgress'],
      ['Agera', 'done']
    ]);
    expect(cycle.status.currentPhase).toBe('Planera');
    const studera = cycle.status.phases[2].evidence;
    expect(studera.find((item) => item.key === 'measurementsEntered')).toEqual({ key: 'measurementsEntered', state: 'partial', count: 1, of: 2 });
    expect(studera.find((item) => item.key === 'deviationsReviewed')).toMatchObject({ state: 'notApplicable' });
    // Lars manages Akutmottagningen, not IVA: he sees the cycle but may not comment on it.
    expect(cycle.mayComment).toBe(false);

    // Akutverksamheten: IVA done in Genomföra, its two siblings (only their risks and documents) not started.
    const matrix = await as('peter.sjoberg').pdsa.matrix(YEAR);
    const parent = matrix.rolledUp.get(unitId('RE-SJH-AKV'));
    expect(parent && parent.phases[1]).toMatchObject({ phase: 'Genomföra', state: 'inProgress', children: { done: 1, inProgress: 0, notStarted: 2 } });
    expect(parent && parent.phases[1].childrenNotDone.slice().sort()).toEqual([unitId('RE-SJH-AKU'), unitId('RE-SJH-AMB')].sort());

    // Filtered by another area, IVA's goal and exercise drop out; its self-assessment stays (it covers every area).
    const fire = await as('peter.sjoberg').pdsa.cycle(iva, YEAR, 'Brandsäkerhet');
    expect(fire && fire.evidence).toMatchObject({ goals: 0, exercisesHeld: 0, selfAssessment: 'draft' });
  });

  it('loads all 44 units in one request, and as many after 300 more goals and measurements', async () => {
    const first = await requestsOf(() => as('peter.sjoberg').pdsa.matrix(YEAR));
    // The units and every list's read (with each list's newest id, should a read need id windows), asked
    // in one turn, share the services' one $batch.
    expect(first).toEqual(['POST /sites/trygg/_api/$batch']);

    const peter = spAs(emulator, 'peter.sjoberg');
    const sak = unitId('RE-RK-SAK');
    for (let round = 0; round < 3; round++) {
      const [batched, execute] = peter.batched({ maxRequests: 100 });
      const goals = new ListAccess(batched, goalsList);
      const added: Promise<ListItem>[] = [];
      for (let i = 0; i < 100; i++) added.push(goals.list.items.add(goals.toWrite({ ...goalValues(sak, `Mål ${round * 100 + i}`), ClientRequestId: newRequestId() })));
      await execute();
      const ids = (await Promise.all(added)).map((item) => item.Id);
      const [measuring, done] = peter.batched({ maxRequests: 100 });
      const measurements = new ListAccess(measuring, measurementsList);
      const writes = ids.map((goalId) =>
        measurements.list.items.add(measurements.toWrite({ GoalId: goalId, GoalYear: YEAR, MeasuredValue: 50, MeasuredOn: `${YEAR}-04-02T00:00:00.000Z`, ClientRequestId: newRequestId() }))
      );
      await done();
      await Promise.all(writes);
    }

    let matrix: Awaited<ReturnType<ITryggServices['pdsa']['matrix']>> | undefined;
    const second = await requestsOf(async () => {
      matrix = await as('peter.sjoberg').pdsa.matrix(YEAR);
    });
    expect(second).toEqual(first);
    expect(matrix && matrix.units).toHaveLength(44);
    expect(matrix && matrix.evidence.get(sak)).toMatchObject({ goals: 300, measurementsDue: 600, measurementsEntered: 300 });
  });

  it('lets the unit’s manager comment beside the state, once per request id, and refuses everyone else without changing anything', async () => {
    const akuten = unitId('RE-SJH-AKU');
    const before = await as('lars.holm').pdsa.cycle(akuten, YEAR);
    expect(before && before.mayComment).toBe(true);

    for (const persona of ['anna.svensson', 'johan.falk']) {
      const refused = await as(persona).pdsa.comment(akuten, YEAR, 'Planera', 'Riskanalysen är klar, bara inte inlagd', newRequestId());
      expect(refused).toEqual({ kind: 'notPermitted' });
    }
    expect(await as('lars.holm').pdsa.comment(akuten, YEAR, 'Planera', '   ', newRequestId())).toEqual({ kind: 'invalid', errors: { comment: 'required' } });
    expect(await as('lars.holm').pdsa.comment(akuten, YEAR, 'Planera', 'x'.repeat(2001), newRequestId())).toEqual({ kind: 'invalid', errors: { comment: 'tooLong' } });

    const requestId = newRequestId();
    const saved = await as('lars.holm').pdsa.comment(akuten, YEAR, 'Planera', 'Riskanalysen görs om i augusti efter ombyggnaden', requestId);
    const retried = await as('lars.holm').pdsa.comment(akuten, YEAR, 'Planera', 'Riskanalysen görs om i augusti efter ombyggnaden', requestId);
    expect(saved).toMatchObject({ kind: 'saved', item: { unitId: akuten, year: YEAR, phase: 'Planera', comment: 'Riskanalysen görs om i augusti efter ombyggnaden' } });
    expect(retried.kind === 'saved' && saved.kind === 'saved' && retried.item.id).toBe(saved.kind === 'saved' && saved.item.id);

    const after = await as('lars.holm').pdsa.cycle(akuten, YEAR);
    expect(after && after.comments.map((comment) => comment.comment)).toEqual(['Riskanalysen görs om i augusti efter ombyggnaden']);
    expect(after && after.status).toEqual(before && before.status);
    expect(after && after.evidence).toEqual(before && before.evidence);
  });
});
