/** Shared data for the risk register's tests: Region Exempel's line, a risk and its people. */
import { IOrganisationUnit, IPerson } from '../../../../src/domain/organisation';
import { DEFAULT_RISK_MATRIX } from '../../../../src/domain/risks/matrix';
import { IRisk, IRiskAcceptance } from '../../../../src/domain/risks/types';

export const now = new Date('2026-11-30T08:00:00.000Z');
export const DAY = 24 * 3600 * 1000;
/** `YYYY-MM-DD`, days from now (negative: before). */
export const day = (days: number): string => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

export const owner: IPerson = { id: 11, displayName: 'Karin Berg', email: 'karin.berg@regionexempel.se' };
export const unitManager: IPerson = { id: 12, displayName: 'Lars Holm', email: 'lars.holm@regionexempel.se' };
export const directorOfCare: IPerson = { id: 13, displayName: 'Maria Ek', email: 'maria.ek@regionexempel.se' };
export const substitute: IPerson = { id: 14, displayName: 'Omar Said', email: 'omar.said@regionexempel.se' };
export const otherManager: IPerson = { id: 15, displayName: 'Eva Lind', email: 'eva.lind@regionexempel.se' };
export const securityOfficer: IPerson = { id: 16, displayName: 'Sara Nordin', email: 'sara.nordin@regionexempel.se' };

/** Region → Förvaltning → Verksamhet → Enhet, and a sibling Verksamhet. */
export const units: IOrganisationUnit[] = [
  { id: 1, title: 'Region Exempel', code: 'R', level: 'Region', managerAbsent: false },
  { id: 2, title: 'Sjukvårdsförvaltningen', code: 'SVF', level: 'Förvaltning', parentId: 1, manager: directorOfCare, managerAbsent: false },
  { id: 3, title: 'Akutverksamheten', code: 'AKV', level: 'Verksamhet', parentId: 2, manager: unitManager, managerAbsent: false, substitute },
  { id: 4, title: 'Akutmottagningen', code: 'AKM', level: 'Enhet', parentId: 3, managerAbsent: false },
  { id: 5, title: 'Ortopedin', code: 'ORT', level: 'Verksamhet', parentId: 2, manager: otherManager, managerAbsent: false }
];

/** A 4×4 risk, current Medel (2,2), within the default appetite. */
export const risk: IRisk = {
  id: 42,
  etag: '"1"',
  riskNumber: 'RISK-00042',
  title: 'Obehöriga når läkemedelsrummet',
  area: 'Tillträdesskydd',
  unit: { id: 4, title: 'Akutmottagningen' },
  cia: [],
  inherent: { likelihood: 3, consequence: 3 },
  current: { likelihood: 2, consequence: 2 },
  currentAssessedAt: '2026-10-01T09:00:00.000Z',
  target: { likelihood: 1, consequence: 2 },
  matrixVersion: DEFAULT_RISK_MATRIX.version,
  treatment: 'Reducera',
  owner,
  reviewIntervalMonths: 12,
  nextReviewAt: `${day(200)}T00:00:00.000Z`,
  status: 'Bedömd',
  linkedCases: [],
  created: '2026-09-01T09:00:00.000Z',
  modified: '2026-10-01T09:00:00.000Z'
};

export const requested: IRiskAcceptance = { state: 'Begärd', requestedBy: owner, requestedAt: '2026-11-20T09:00:00.000Z' };

/** Granted for the risk's current assessment on its matrix, lasting until `lastDay`. */
export function granted(lastDay: string, about: Pick<IRisk, 'current' | 'matrixVersion'> = risk): IRiskAcceptance {
  return {
    ...requested,
    state: 'Beviljad',
    decidedBy: unitManager,
    decidedAt: '2026-11-21T09:00:00.000Z',
    rationale: 'Kodlås och kamera räcker tills ombyggnaden.',
    expiresAt: `${lastDay}T00:00:00.000Z`,
    acceptedAssessment: about.current,
    acceptedMatrixVersion: about.matrixVersion
  };
}
