/** What MySecurityService answers for a manager with work and for an employee with none (tests/ui). */
import { IMySecurity } from '../../src/services/home/IMySecurityService';
import { IGoal } from '../../src/domain/pdsa/goals';
import { IOrganisationUnit } from '../../src/domain/organisation';
import { IRolledUpPhase } from '../../src/domain/pdsa/phases';

const AKUTEN: IOrganisationUnit = { id: 11, title: 'Akutmottagningen', code: 'RE-SJH-AKU', level: 'Enhet', parentId: 5, department: 'Akutmottagningen', managerAbsent: false };

const GOAL: IGoal = {
  id: 21,
  title: 'Personalen kan hantera hotfulla situationer',
  scopeUnitId: 11,
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
  year: 2026
};

const NO_CHILDREN = { children: { notStarted: 0, inProgress: 0, done: 0 }, childrenNotDone: [] };

const PHASES: IRolledUpPhase[] = [
  { phase: 'Planera', state: 'done', evidence: [{ key: 'goalsSet', state: 'met', count: 1 }], ...NO_CHILDREN },
  { phase: 'Genomföra', state: 'inProgress', evidence: [{ key: 'activitiesCarriedOut', state: 'partial', count: 1, of: 3 }], ...NO_CHILDREN },
  { phase: 'Studera', state: 'notStarted', evidence: [{ key: 'deviationsReviewed', state: 'notApplicable', count: 0, of: 0 }], ...NO_CHILDREN },
  { phase: 'Agera', state: 'notStarted', evidence: [{ key: 'improvementsDecided', state: 'missing', count: 0 }], ...NO_CHILDREN }
];

const BASE = {
  year: 2026,
  unit: AKUTEN,
  unitGoals: [{ id: GOAL.id, title: GOAL.title, goal: GOAL, light: 'onTrack' as const, progress: 0.6 }],
  truncated: []
};

export function managerPage(): IMySecurity {
  return {
    ...BASE,
    me: { id: 7, displayName: 'Lars Holm', email: 'lars.holm@regionexempel.se', loginName: 'i:0#.f|membership|lars.holm@regionexempel.se', roles: { manager: true, securityFunction: false, admin: false, documentOwner: false } },
    sections: [
      {
        key: 'cases',
        overdue: 1,
        items: [
          { kind: 'case', key: 'case:SKY-2026-00036', title: 'Patient slog medarbetare', reference: 'SKY-2026-00036', urgency: 'overdue', day: '2026-11-03', daysLeft: -17, target: { webPart: 'deviationInbox', caseNumber: 'SKY-2026-00036' } },
          { kind: 'case', key: 'case:AVV-2026-00145', title: 'Dörr uppställd', reference: 'AVV-2026-00145', urgency: 'due', day: '2026-11-21', daysLeft: 1, target: { webPart: 'deviationInbox', caseNumber: 'AVV-2026-00145' } }
        ]
      },
      {
        key: 'actions',
        overdue: 1,
        items: [{ kind: 'riskAction', key: 'riskAction:3', title: 'Utbildning i hotfulla situationer', reference: 'RISK-00001', urgency: 'overdue', day: '2026-11-15', daysLeft: -5, target: { webPart: 'riskRegister', riskNumber: 'RISK-00001' } }]
      },
      {
        key: 'risks',
        overdue: 0,
        items: [{ kind: 'riskReview', key: 'riskReview:2', title: 'Blockerade utrymningsvägar', reference: 'RISK-00002', urgency: 'due', day: '2026-12-05', daysLeft: 15, target: { webPart: 'riskRegister', riskNumber: 'RISK-00002' } }]
      },
      { key: 'documents', overdue: 0, items: [] },
      { key: 'goals', overdue: 0, items: [] }
    ],
    pdsa: { unitId: 11, phases: PHASES, currentPhase: 'Genomföra' }
  };
}

export function employeePage(): IMySecurity {
  return {
    ...BASE,
    me: { id: 12, displayName: 'Anna Svensson', email: 'anna.svensson@regionexempel.se', loginName: 'i:0#.f|membership|anna.svensson@regionexempel.se', roles: { manager: false, securityFunction: false, admin: false, documentOwner: false } },
    sections: (['cases', 'actions', 'risks', 'documents', 'goals'] as const).map((key) => ({ key, overdue: 0, items: [] }))
  };
}
