import { actionItems, byUrgency, caseItems, documentItems, goalItems, IHomeGoal, IWorkItem, myWork, riskItems, workCount } from '../../../src/domain/home/myWork';
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { IOrganisationUnit } from '../../../src/domain/organisation';

const NOW = new Date('2026-11-20T08:00:00.000Z');
const ME = { id: 7, displayName: 'Lars Holm', email: 'lars.holm@regionexempel.se' };

function unit(id: number, parentId?: number, managerId?: number): IOrganisationUnit {
  return { id, title: `Enhet ${id}`, code: `E${id}`, level: 'Enhet', parentId, managerAbsent: false, manager: managerId ? { id: managerId, displayName: '', email: '' } : undefined };
}

function document(overrides: Partial<IGoverningDocument> & { ownerId?: number }): IGoverningDocument & { ownerId?: number } {
  return {
    id: 1,
    etag: '*',
    number: 'RL-001',
    title: 'Riktlinje',
    type: 'Riktlinje',
    owner: { displayName: '', email: '' },
    informationClass: 'Intern',
    areas: [],
    reviewCycleMonths: 12,
    status: 'Publicerad',
    edition: 1,
    moderation: 'approved',
    version: '1.0',
    modified: '2026-01-01T00:00:00Z',
    ...overrides
  } as IGoverningDocument & { ownerId?: number };
}

function goal(overrides: Partial<IHomeGoal>): IHomeGoal {
  return {
    id: 1,
    title: 'Mål',
    area: 'Hot och våld',
    priority: 'Hög',
    indicator: 'Andel utbildade',
    unitOfMeasure: '%',
    baseline: 40,
    target: 90,
    direction: 'Högre är bättre',
    targetDate: '2026-12-31',
    frequency: 'Kvartal',
    activities: [],
    year: 2026,
    ownerId: ME.id,
    ...overrides
  };
}

const titles = (items: readonly IWorkItem[]): string[] => items.map((item) => item.title);

describe('cases to handle', () => {
  it('lists open cases only, overdue ones first, each linked to its number in the inbox', () => {
    const items = caseItems(
      [
        { id: 3, store: 'open', title: 'Ny igår', status: 'Ny', reportedAt: '2026-11-19T10:00:00Z' },
        { id: 4, store: 'open', title: 'Avslutad', status: 'Avslutad', reportedAt: '2026-01-01T10:00:00Z' },
        { id: 5, store: 'protected', title: 'Ny för en vecka sedan', status: 'Ny', reportedAt: '2026-11-13T10:00:00Z' },
        { id: 6, store: 'open', title: 'Utreds sedan oktober', status: 'Utreds', reportedAt: '2026-10-01T10:00:00Z' }
      ],
      NOW
    ).sort(byUrgency);
    expect(titles(items)).toEqual(['Utreds sedan oktober', 'Ny för en vecka sedan', 'Ny igår']);
    expect(items.map((item) => item.urgency)).toEqual(['overdue', 'overdue', 'due']);
    // Acknowledge within 3 days, close within 30: the deadline is the day the rule counts to.
    expect(items.map((item) => item.day)).toEqual(['2026-10-31', '2026-11-16', '2026-11-22']);
    expect(items[1].target).toEqual({ webPart: 'deviationInbox', caseNumber: 'SKY-2026-00005' });
  });
});

describe('actions owned', () => {
  it('leaves done actions out, sorts by due date with the overdue first, and links deviation and risk actions to their page', () => {
    const items = actionItems(
      [
        { id: 1, title: 'Klar', dueDate: '2026-11-01T00:00:00Z', status: 'Klar', parent: { caseNumber: 'AVV-2026-00001' } },
        { id: 2, title: 'Nästa vecka', dueDate: '2026-11-27T00:00:00Z', status: 'Pågår', parent: { riskId: 42 } },
        { id: 3, title: 'Försenad', dueDate: '2026-11-10T00:00:00Z', status: 'Planerad', parent: { caseNumber: 'AVV-2026-00009' } },
        { id: 4, title: 'Idag', dueDate: '2026-11-20T00:00:00Z', status: 'Planerad', parent: { caseNumber: undefined } }
      ],
      NOW
    ).sort(byUrgency);
    expect(titles(items)).toEqual(['Försenad', 'Idag', 'Nästa vecka']);
    expect(items[0]).toMatchObject({ kind: 'deviationAction', urgency: 'overdue', daysLeft: -10, target: { webPart: 'deviationInbox', caseNumber: 'AVV-2026-00009' } });
    // Due today is not yet overdue: the due day has not ended.
    expect(items[1]).toMatchObject({ urgency: 'due', daysLeft: 0, target: { webPart: 'deviationInbox' } });
    expect(items[2]).toMatchObject({ kind: 'riskAction', reference: 'RISK-00042', target: { webPart: 'riskRegister', riskNumber: 'RISK-00042' } });
  });
});

describe('risks to review', () => {
  const units = [unit(1, undefined, ME.id), unit(2, 1), unit(3)];

  it('shows risks owned or in the line the person manages, due within 30 days or passed', () => {
    const items = riskItems(
      [
        { id: 1, title: 'Egen, om tio dagar', ownerId: ME.id, unitId: 3, status: 'Bedömd', nextReviewAt: '2026-11-30T00:00:00Z' },
        { id: 2, title: 'Enhet under, passerad', ownerId: 99, unitId: 2, status: 'Under åtgärd', nextReviewAt: '2026-11-01T00:00:00Z' },
        { id: 3, title: 'Annans enhet', ownerId: 99, unitId: 3, status: 'Bedömd', nextReviewAt: '2026-11-01T00:00:00Z' },
        { id: 4, title: 'Om två månader', ownerId: ME.id, unitId: 1, status: 'Bedömd', nextReviewAt: '2027-01-20T00:00:00Z' },
        { id: 5, title: 'Utkast', ownerId: ME.id, unitId: 1, status: 'Utkast', nextReviewAt: '2026-11-01T00:00:00Z' },
        { id: 6, title: 'Avslutad', ownerId: ME.id, unitId: 1, status: 'Avslutad', nextReviewAt: '2026-11-01T00:00:00Z' },
        { id: 7, title: 'Precis 30 dagar', ownerId: ME.id, unitId: 1, status: 'Accepterad', nextReviewAt: '2026-12-20T00:00:00Z' }
      ],
      ME,
      units,
      NOW
    ).sort(byUrgency);
    expect(titles(items)).toEqual(['Enhet under, passerad', 'Egen, om tio dagar', 'Precis 30 dagar']);
    expect(items.map((item) => item.urgency)).toEqual(['overdue', 'due', 'due']);
    expect(items[0].target).toEqual({ webPart: 'riskRegister', riskNumber: 'RISK-00002' });
  });
});

describe('documents', () => {
  it('asks the owner to revise what is due within 90 days or passed, nearest day first', () => {
    const items = documentItems(
      {
        me: ME,
        myUnitIds: [],
        myConfirmations: [],
        documents: [
          document({ id: 1, number: 'RL-001', title: 'Om en månad', ownerId: ME.id, nextReviewAt: '2026-12-20', validUntil: '2028-01-01' }),
          document({ id: 2, number: 'RL-002', title: 'Utgången', ownerId: ME.id, nextReviewAt: '2027-06-01', validUntil: '2026-10-01' }),
          document({ id: 3, number: 'RL-003', title: 'Långt bort', ownerId: ME.id, nextReviewAt: '2027-11-01', validUntil: '2028-01-01' }),
          document({ id: 4, number: 'RL-004', title: 'Någon annans', ownerId: 99, nextReviewAt: '2026-11-01', validUntil: '2028-01-01' })
        ]
      },
      NOW
    ).sort(byUrgency);
    expect(titles(items)).toEqual(['Utgången', 'Om en månad']);
    expect(items[0]).toMatchObject({ kind: 'documentReview', urgency: 'overdue', day: '2026-10-01', target: { webPart: 'governanceDocuments', document: 'RL-002' } });
  });

  it('asks a reader to confirm a published edition that names their unit, until they have', () => {
    const asking = document({ id: 5, number: 'INS-005', title: 'Instruktion', ownerId: 99, effectiveFrom: '2026-05-01', readConfirmation: { unitIds: [12], people: [] } });
    const input = { me: ME, myUnitIds: [14, 12], documents: [asking, document({ id: 6, ownerId: 99 })] };
    expect(documentItems({ ...input, myConfirmations: [] }, NOW).map((item) => [item.kind, item.reference])).toEqual([['documentConfirmation', 'INS-005']]);
    const confirmed = [{ id: 1, documentId: 5, edition: 1, reader: ME, confirmedAt: '2026-05-02T09:00:00Z' }];
    expect(documentItems({ ...input, myConfirmations: confirmed }, NOW)).toEqual([]);
  });
});

describe('goals to measure', () => {
  it('lists own goals with a measurement due, overdue once a second period is missing', () => {
    const goals = [goal({ id: 1, title: 'Ett kvartal saknas' }), goal({ id: 2, title: 'Ingen mätning' }), goal({ id: 3, title: 'Annans', ownerId: 99 }), goal({ id: 4, title: 'Mätt' })];
    const measured = (goalId: number, measuredOn: string): { id: number; goalId: number; value: number; measuredOn: string } => ({ id: goalId * 10 + measuredOn.length, goalId, value: 50, measuredOn });
    const measurements = [measured(1, '2026-02-01'), measured(1, '2026-05-01'), measured(4, '2026-02-01'), measured(4, '2026-05-01'), measured(4, '2026-08-01')];
    const items = goalItems(goals, measurements, ME.id, NOW).sort(byUrgency);
    expect(items.map((item) => [item.title, item.urgency, item.missing, item.day])).toEqual([
      ['Ingen mätning', 'overdue', 3, '2026-03-31'],
      ['Ett kvartal saknas', 'due', 1, '2026-09-30']
    ]);
    expect(items[0].target).toEqual({ webPart: 'securityGoals', goalId: 2 });
  });
});

describe('the whole page', () => {
  it('gives every section in order, and nothing to do for someone who owns nothing', () => {
    const sections = myWork({ me: ME, units: [], myUnitIds: [], cases: [], actions: [], risks: [], documents: [], myConfirmations: [], goals: [], measurements: [] }, NOW);
    expect(sections.map((section) => section.key)).toEqual(['cases', 'actions', 'risks', 'documents', 'goals']);
    expect(workCount(sections)).toBe(0);
  });

  it('counts the overdue items of a section', () => {
    const [cases] = myWork(
      {
        me: ME,
        units: [],
        myUnitIds: [],
        cases: [
          { id: 1, store: 'open', title: 'a', status: 'Ny', reportedAt: '2026-11-01T00:00:00Z' },
          { id: 2, store: 'open', title: 'b', status: 'Ny', reportedAt: '2026-11-20T07:00:00Z' }
        ],
        actions: [],
        risks: [],
        documents: [],
        myConfirmations: [],
        goals: [],
        measurements: []
      },
      NOW
    );
    expect([cases.items.length, cases.overdue]).toEqual([2, 1]);
  });
});
