/**
 * The PDSA dashboard in the browser, in Swedish and English, as the people it is for: Lars Holm
 * (manager of Akutmottagningen) sees the matrix with his line open and his unit's cycle with a
 * comment form, Peter Sjöberg (security function) filters by area and opens a verksamhet rolled up
 * from its units. Screenshots: pdsaDashboard-{matrix,cycle,area,parent}-<lang>.png (the default view
 * in every host is webparts.test.ts's pdsaDashboard-<view>-<lang>.png). Each visit fails on console
 * errors and failed requests.
 */
import type { WorkbenchLocale } from '../../tools/workbench/client/pageConfig';
import { locStrings } from './helpers/locStrings';
import { choose, typeInto } from './helpers/fluent';
import { IE2eSession, startE2eSession } from './helpers/workbench';

interface IPdsaStrings {
  DefaultTitle: string;
  AreaLabel: string;
  OpenCycle: string;
  Expand: string;
  PhaseStates: Record<string, string>;
  CycleHeading: string;
  CommentLabel: string;
  CommentSave: string;
  CommentSaved: string;
  Back: string;
  MatrixCaption: string;
  ChildrenDone: string;
}

const LANGUAGES: readonly WorkbenchLocale[] = ['sv-se', 'en-us'];
const fill = (template: string, ...values: (string | number)[]): string => template.replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)]));

let session: IE2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.close();
});

describe.each(LANGUAGES)('the PDSA dashboard in %s', (lang) => {
  const strings = locStrings<IPdsaStrings>('PdsaDashboardWebPartStrings', lang);
  const common = locStrings<{ PdsaPhases: Record<string, string>; Areas: Record<string, string> }>('TryggStrings', lang);

  it("shows a manager the matrix with his line open, and his unit's cycle with its evidence and comments", async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'pdsaDashboard', lang });
    try {
      const matrix = visit.webPart.locator('[data-pdsa-matrix]');
      await visit.guard.race(matrix.locator('[data-unit="RE-SJH-AKU"]').waitFor());
      // Every cell says its state in words; the region's cells count its förvaltningar done.
      for (const cell of await matrix.locator('[data-unit="RE"] td').all()) {
        const state = (await cell.getAttribute('data-state')) as string;
        expect(await cell.textContent()).toMatch(new RegExp(`^${strings.PhaseStates[state]}${fill(strings.ChildrenDone, '\\d+', 6)}$`));
      }
      await visit.screenshot(`pdsaDashboard-matrix-${lang}`);

      await matrix.getByRole('button', { name: fill(strings.OpenCycle, 'Akutmottagningen') }).click();
      await visit.guard.race(visit.webPart.getByRole('heading', { level: 2, name: fill(strings.CycleHeading, 'Akutmottagningen', 2026) }).waitFor());
      const act = visit.webPart.locator('[data-cycle-phase="act"]');
      await act.getByRole('heading', { level: 3, name: common.PdsaPhases.act }).waitFor();
      expect(await visit.webPart.locator('[data-cycle-phase]').count()).toBe(4);
      const comment = lang === 'sv-se' ? 'Rutinen för larmknappar revideras i januari.' : 'The alarm button routine is revised in January.';
      await typeInto(act.getByLabel(strings.CommentLabel), comment);
      await act.getByRole('button', { name: strings.CommentSave }).click();
      await visit.guard.race(act.getByText(strings.CommentSaved).waitFor());
      await act.getByText(comment).waitFor();
      await visit.screenshot(`pdsaDashboard-cycle-${lang}`);
    } finally {
      await visit.close();
    }
  });

  it('lets the security function filter by area and open a verksamhet rolled up from its units', async () => {
    const visit = await session.open({ persona: 'securityFunction', webpart: 'pdsaDashboard', lang });
    try {
      const matrix = visit.webPart.locator('[data-pdsa-matrix]');
      await visit.guard.race(matrix.locator('[data-unit="RE"]').waitFor());
      const area = common.Areas.threatsViolence;
      await choose(visit.body, visit.webPart.getByRole('combobox', { name: strings.AreaLabel }), area);
      await visit.guard.race(visit.webPart.getByText(fill(strings.MatrixCaption, 2026, area)).waitFor());
      await matrix.getByRole('button', { name: fill(strings.Expand, 'Sjukhuset i Exempelby') }).click();
      await matrix.locator('[data-unit="RE-SJH-AKV"]').waitFor();
      await visit.screenshot(`pdsaDashboard-area-${lang}`);

      await matrix.getByRole('button', { name: fill(strings.OpenCycle, 'Akutsjukvård') }).click();
      await visit.guard.race(visit.webPart.getByRole('heading', { level: 2, name: fill(strings.CycleHeading, 'Akutsjukvård', 2026) }).waitFor());
      await visit.webPart.locator('[data-cycle-phase="plan"]').waitFor();
      await visit.screenshot(`pdsaDashboard-parent-${lang}`);
    } finally {
      await visit.close();
    }
  });
});
