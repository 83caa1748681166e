/**
 * How the annual report gathers: the sections together, each reported as it is read, a refused read becomes a section
 * "not included", any other failure fails the whole report, and what the reader's role may not
 * read is not asked for.
 */
import { AnnualReportService, IAnnualReportProgress, IAnnualReportSources } from '../../../src/services/pdsa/AnnualReportService';
import { IOrganisationUnit } from '../../../src/domain/organisation';
import { ITryggRoles } from '../../../src/services/currentUser/ICurrentUserService';
import { DEFAULT_RISK_MATRIX } from '../../../src/domain/risks/matrix';

const UNITS: IOrganisationUnit[] = [
  { id: 1, title: 'Region Exempel', code: 'RE', level: 'Region', managerAbsent: false },
  { id: 2, title: 'Akutmottagningen', code: 'AKU', level: 'Enhet', parentId: 1, managerAbsent: false }
];

class HttpError extends Error {
  public readonly status: number;
  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

function sources(roles: Partial<ITryggRoles>, overrides: Partial<Record<keyof IAnnualReportSources, unknown>> = {}): { sources: IAnnualReportSources; asked: string[] } {
  const asked: string[] = [];
  const note = <T>(name: string, value: T): Promise<T> => {
    asked.push(name);
    return Promise.resolve(value);
  };
  const base = {
    now: () => new Date('2026-11-20T08:00:00.000Z'),
    currentUser: { get: () => note('user', { id: 7, displayName: 'X', email: 'x@regionexempel.se', loginName: 'x', roles: { securityFunction: false, admin: false, documentOwner: false, manager: false, ...roles } }) },
    units: { getAll: () => note('units', UNITS) },
    goals: { list: () => note('goals', []) },
    pdsa: { matrix: () => note('pdsa', { rolledUp: new Map() }) },
    statistics: { load: () => note('statistics', { source: 'live', cases: [], actions: [], units: UNITS }) },
    risks: { mayUse: () => note('mayUse', roles.manager || roles.securityFunction), matrices: () => note('matrices', [DEFAULT_RISK_MATRIX]), query: () => note('risks', { risks: [] }) },
    exercises: { list: () => note('exercises', []) },
    documents: { all: () => note('documents', []) },
    selfAssessments: { summary: () => note('selfAssessments', { year: 2026, unitsSubmitted: [], unitsNotSubmitted: [1, 2], questions: [] }) }
  };
  return { sources: { ...base, ...overrides } as unknown as IAnnualReportSources, asked };
}

describe('gathering the annual report', () => {
  it('asks for the seven sections together, after the organisation, and reports each as it is read', async () => {
    const { sources: s, asked } = sources({ securityFunction: true });
    let releaseGoals: () => void = () => undefined;
    const goalsHeld = new Promise<void>((resolve) => (releaseGoals = resolve));
    s.goals.list = () => goalsHeld.then(() => []);
    const progress: IAnnualReportProgress[] = [];
    const building = new AnnualReportService(() => s).build(2026, undefined, (p) => progress.push(p));
    // While the goals are still on their way, every other section has been asked and read.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked.slice(0, 2).sort()).toEqual(['units', 'user']);
    expect(asked.slice(2).sort()).toEqual(['documents', 'exercises', 'matrices', 'mayUse', 'pdsa', 'risks', 'selfAssessments', 'statistics']);
    expect(progress.map((p) => p.step).sort()).toEqual(['deviations', 'documents', 'exercises', 'pdsa', 'risks', 'selfAssessment', 'units']);
    releaseGoals();
    const report = await building;
    expect(progress.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(progress.slice(-2).map((p) => p.step)).toEqual(['goals', 'build']);
    expect(progress[progress.length - 1]).toEqual({ step: 'build', index: 9, total: 9 });
    expect(report.goals.kind).toBe('figures');
    expect(report.risks.kind).toBe('figures');
  });

  it('makes a read SharePoint refuses a section not included, and goes on', async () => {
    const { sources: s } = sources({ manager: true }, { goals: { list: () => Promise.reject(new HttpError(403)) }, documents: { all: () => Promise.reject(new HttpError(404)) } });
    const report = await new AnnualReportService(() => s).build(2026, 2);
    expect(report.goals).toEqual({ kind: 'unavailable', reason: 'notPermitted' });
    expect(report.documents).toEqual({ kind: 'unavailable', reason: 'notPermitted' });
    expect(report.exercises.kind).toBe('figures');
    expect(report.unitIds).toEqual([2]);
  });

  it('fails the whole report on any other error, so no section is missing that could have been read', async () => {
    const { sources: s } = sources({ securityFunction: true }, { exercises: { list: () => Promise.reject(new TypeError('Failed to fetch')) } });
    await expect(new AnnualReportService(() => s).build(2026, undefined)).rejects.toThrow('Failed to fetch');
    const { sources: busy } = sources({ securityFunction: true }, { statistics: { load: () => Promise.reject(new HttpError(503)) } });
    await expect(new AnnualReportService(() => busy).build(2026, undefined)).rejects.toThrow('HTTP 503');
  });

  it('reports no progress once a section has failed: the page keeps the error, not a bar that never ends', async () => {
    let releaseDocuments: () => void = () => undefined;
    const documentsHeld = new Promise<void>((resolve) => (releaseDocuments = resolve));
    const { sources: s } = sources(
      { securityFunction: true },
      { exercises: { list: () => Promise.reject(new TypeError('Failed to fetch')) }, documents: { all: () => documentsHeld.then(() => []) } }
    );
    const progress: IAnnualReportProgress[] = [];
    await expect(new AnnualReportService(() => s).build(2026, undefined, (p) => progress.push(p))).rejects.toThrow('Failed to fetch');
    const before = progress.length;
    releaseDocuments();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(progress).toHaveLength(before);
    expect(progress.map((p) => p.step)).not.toContain('documents');
  });

  it('does not ask for what an employee may not read: PDSA, self-assessments, the risk register', async () => {
    const { sources: s, asked } = sources({});
    const report = await new AnnualReportService(() => s).build(2026, undefined);
    expect(asked).not.toContain('pdsa');
    expect(asked).not.toContain('selfAssessments');
    expect(asked).not.toContain('risks');
    expect(report.pdsa).toEqual({ kind: 'unavailable', reason: 'notPermitted' });
    expect(report.selfAssessment).toEqual({ kind: 'unavailable', reason: 'notPermitted' });
    expect(report.risks).toEqual({ kind: 'unavailable', reason: 'notPermitted' });
    expect(report.goals.kind).toBe('figures');
  });

  it('refuses a unit that does not exist', async () => {
    const { sources: s } = sources({ securityFunction: true });
    await expect(new AnnualReportService(() => s).build(2026, 999)).rejects.toThrow('Unknown unit 999');
  });
});
