import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ITryggServices } from '../../src/services/ITryggServices';
import * as common from 'TryggStrings';
import { GoalsHarness, NOW, choose, goalForm, listed, openGoal, section } from './securityGoals.harness';

const harness = new GoalsHarness();

beforeAll(() => harness.start());
afterAll(() => harness.stop());

const VIOLENCE_REGION = 'Färre hot- och våldsincidenter i vården';
const VIOLENCE_TRAINING = 'Personalen kan hantera hotfulla situationer';
const FIRE_TRAINING = 'Brandskyddsutbildad personal';

describe('SecurityGoals', () => {
  it("shows Lars Holm the year's regional goals with the unit goals beneath, lights and due measurements in words, and filters them", async () => {
    const user = userEvent.setup();
    const { container } = harness.renderAs('lars.holm');
    await screen.findByRole('heading', { level: 2, name: 'Säkerhetsmål' });
    await listed(container);
    const regional = await harness.goal(VIOLENCE_REGION);
    const training = await harness.goal(VIOLENCE_TRAINING, 'RE-SJH-AKU');
    // The unit goal is listed in its regional goal's group, under it.
    const group = container.querySelector(`[data-goal-group="${regional.goal.id}"]`) as HTMLElement;
    expect(group.querySelector(`[data-goal="${training.goal.id}"]`)).toBeTruthy();
    expect(within(group).getByText('Enhetsmål som bidrar')).toBeTruthy();
    const card = group.querySelector(`[data-goal="${training.goal.id}"]`) as HTMLElement;
    expect(within(card).getByText('Mätning för kvartal 3 saknas')).toBeTruthy();
    expect(within(card).getByText(/^Akutmottagningen · Hot och våld · Prioritet hög$/)).toBeTruthy();
    const light = card.querySelector('[data-light]') as HTMLElement;
    expect(light.textContent).toBe({ onTrack: 'Enligt plan', atRisk: 'I riskzonen', offTrack: 'Efter plan', noData: 'Inga mätvärden' }[training.progress.light]);
    expect(within(card).getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(Math.round((training.progress.progress || 0) * 100)));
    expect(within(card).getByText(/^Senaste värde 72 % \(/)).toBeTruthy();

    // One area: the goals of other areas go, the fire goals stay.
    await choose(user, container, 'Säkerhetsområde', 'Brandsäkerhet');
    await waitFor(() => expect(container.querySelector(`[data-goal="${training.goal.id}"]`)).toBeNull());
    await listed(container);
    const titles = Array.from(container.querySelectorAll('[data-goal] [data-open-goal]')).map((heading) => heading.textContent);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toContain(FIRE_TRAINING);
    expect(titles).not.toContain(VIOLENCE_TRAINING);
  });

  it("opens a goal of Lars Holm's unit with its activities, cost and measurements, and adds a measurement typed the Swedish way", async () => {
    const user = userEvent.setup();
    const training = await harness.goal(VIOLENCE_TRAINING, 'RE-SJH-AKU');
    const { container } = harness.renderAs('lars.holm');
    await listed(container);
    const page = await openGoal(user, container, training.goal.id);
    expect(within(page).getByRole('heading', { level: 2, name: VIOLENCE_TRAINING })).toBeTruthy();
    expect(within(section('trygg-goal-facts')).getByText('Enhetsmål för Akutmottagningen')).toBeTruthy();
    expect(within(section('trygg-goal-facts')).getByText(VIOLENCE_REGION)).toBeTruthy();
    const activities = section('trygg-goal-activities');
    expect(within(activities).getAllByRole('row')).toHaveLength(3);
    expect(within(activities).getByText('Summa för budgetprocessen: 75 000 kr')).toBeTruthy();
    const measurements = section('trygg-goal-measurements');
    expect(measurements.querySelectorAll('[data-measurement]')).toHaveLength(2);
    expect(measurements.querySelector('svg[role="img"]')!.getAttribute('data-chart-points')).toBe('2');
    expect(within(section('trygg-goal-facts')).getByText('Mätning för kvartal 3 saknas')).toBeTruthy();

    // Something that is not a number is refused at the field, and nothing is sent.
    harness.emulator.requests.reset();
    const form = measurements.querySelector('[data-add-measurement]') as HTMLElement;
    await user.type(within(form).getByLabelText(/^Värde/), 'åttio');
    await user.click(within(form).getByRole('button', { name: 'Spara mätningen' }));
    expect(await within(form).findByText('Ange ett tal inom det tillåtna, till exempel 12,5.')).toBeTruthy();
    expect(harness.goalWrites()).toEqual([]);

    const value = within(form).getByLabelText(/^Värde/);
    await user.clear(value);
    await user.type(value, '81,5');
    const date = within(form).getByLabelText(/^Mätdatum/) as HTMLInputElement;
    expect(date.value).toBe('2026-11-20');
    await user.clear(date);
    await user.type(date, '2026-09-28');
    await user.type(within(form).getByLabelText('Kommentar'), 'Två tillfällen i september <b>fullsatta</b>');
    await user.click(within(form).getByRole('button', { name: 'Spara mätningen' }));
    expect(await within(form).findByText('Mätningen är sparad.')).toBeTruthy();
    await waitFor(() => expect(measurements.querySelectorAll('[data-measurement]')).toHaveLength(3));
    expect(within(measurements).getByText('81,5 %')).toBeTruthy();
    // The comment is shown as typed: text, not markup.
    expect(within(measurements).getByText('Två tillfällen i september <b>fullsatta</b>')).toBeTruthy();
    // Quarter 3 is measured now.
    expect(within(section('trygg-goal-facts')).queryByText('Mätning för kvartal 3 saknas')).toBeNull();
    expect(harness.goalWrites().filter((write) => /TryggMatningar/.test(write))).toHaveLength(1);
    const stored = await harness.goal(VIOLENCE_TRAINING, 'RE-SJH-AKU');
    expect(stored.measurements.map((measurement) => measurement.value)).toContain(81.5);
  });

  it('gives an employee the goals to read, with no new goal, no edit and no measurement form', async () => {
    const user = userEvent.setup();
    const training = await harness.goal(VIOLENCE_TRAINING, 'RE-SJH-AKU');
    const { container } = harness.renderAs('anna.svensson');
    await listed(container);
    expect(screen.queryByRole('button', { name: 'Nytt mål' })).toBeNull();
    await openGoal(user, container, training.goal.id);
    expect(screen.getByText('Du kan läsa målet. Det ändras av enhetens chef eller säkerhetsfunktionen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ändra målet' })).toBeNull();
    expect(container.querySelector('[data-add-measurement]')).toBeNull();
  });

  it('shows every problem of a new goal at its field before anything is sent, then adds the goal under its regional goal', async () => {
    const user = userEvent.setup();
    const { container } = harness.renderAs('lars.holm');
    await listed(container);
    await user.click(screen.getByRole('button', { name: 'Nytt mål' }));
    const form = await goalForm(container, 'new');
    await screen.findByRole('heading', { level: 2, name: 'Nytt mål' });
    await user.click(within(form).getByRole('button', { name: 'Lägg till aktivitet' }));
    harness.emulator.requests.reset();
    await user.click(within(form).getByRole('button', { name: 'Lägg till målet' }));
    // Title, area, indicator, unit of measure, baseline, target and the activity's title.
    expect((await within(form).findAllByText('Fyll i fältet.')).length).toBe(7);
    expect(within(form).getByText('7 fält behöver rättas innan målet kan sparas.')).toBeTruthy();
    expect(harness.goalWrites()).toEqual([]);

    // A manager of one unit gets it chosen; the regional goal is picked from the year's.
    expect(within(form).getByText('Akutmottagningen', { selector: '.ms-Dropdown-title' })).toBeTruthy();
    await user.type(within(form).getByLabelText(/^Rubrik/), 'Färre obehöriga i personalutrymmen');
    await choose(user, form, 'Bidrar till regionalt mål', VIOLENCE_REGION);
    await choose(user, form, 'Säkerhetsområde', 'Tillträdesskydd');
    await user.type(within(form).getByLabelText(/^Indikator/), 'Obehöriga i personalutrymmen per månad');
    await user.type(within(form).getByLabelText(/^Måttenhet/), 'st');
    await choose(user, form, 'Riktning', 'Lägre är bättre');
    await user.type(within(form).getByLabelText(/^Utgångsvärde/), '6,5');
    await user.type(within(form).getByLabelText(/^Målvärde/), '9');
    await user.click(within(form).getByRole('button', { name: 'Lägg till målet' }));
    expect(await within(form).findByText('Målvärdet ligger åt fel håll från utgångsvärdet för den valda riktningen.')).toBeTruthy();
    await user.clear(within(form).getByLabelText(/^Målvärde/));
    await user.type(within(form).getByLabelText(/^Målvärde/), '2');
    const row = form.querySelector('[data-activity-row="1"]') as HTMLElement;
    await user.type(within(row).getByLabelText(/^Aktivitet/), 'Kodlås på personalingången');
    await user.type(within(row).getByLabelText(/^Kostnadsuppskattning/), '12 500');
    await user.click(within(form).getByRole('button', { name: 'Lägg till målet' }));

    expect(await screen.findByText('Målet är tillagt.')).toBeTruthy();
    const heading = await screen.findByRole('heading', { level: 2, name: 'Färre obehöriga i personalutrymmen' });
    const page = heading.closest('[data-goal-page]') as HTMLElement;
    expect(within(page).getByText('Summa för budgetprocessen: 12 500 kr')).toBeTruthy();
    expect(within(section('trygg-goal-facts')).getByText(VIOLENCE_REGION)).toBeTruthy();
    const stored = await harness.goal('Färre obehöriga i personalutrymmen', 'RE-SJH-AKU');
    expect(stored.goal).toMatchObject({ baseline: 6.5, target: 2, direction: 'Lägre är bättre', priority: 'Medel', frequency: 'Kvartal', year: 2026 });
    expect(stored.goal.activities).toEqual([{ title: 'Kodlås på personalingången', costEstimate: 12500, status: 'Planerad' }]);
  });

  it('shows both versions when someone saved the goal meanwhile, and saves mine only when I choose to', async () => {
    const user = userEvent.setup();
    const fire = await harness.goal(FIRE_TRAINING, 'RE-SJH-AKU');
    const { container } = harness.renderAs('lars.holm');
    await listed(container);
    await openGoal(user, container, fire.goal.id);
    await user.click(screen.getByRole('button', { name: 'Ändra målet' }));
    const form = await goalForm(container, fire.goal.id);
    const title = within(form).getByLabelText(/^Rubrik/);
    await user.clear(title);
    await user.type(title, 'Hela personalen brandskyddsutbildad');

    // The security function changes the priority first.
    const theirs = await harness.services('peter.sjoberg').goals.save({ ...fire.goal, priority: 'Hög' }, 'test-conflict-theirs', fire.goal);
    expect(theirs.kind).toBe('saved');
    await user.click(within(form).getByRole('button', { name: 'Spara målet' }));
    const panel = (await screen.findByRole('heading', { name: 'Målet har ändrats av någon annan' })).closest('[data-conflict]') as HTMLElement;
    expect((panel.querySelector('[data-conflict-field="title"] [data-side="mine"]') as HTMLElement).textContent).toBe('Hela personalen brandskyddsutbildad');
    expect((panel.querySelector('[data-conflict-field="title"] [data-side="theirs"]') as HTMLElement).textContent).toBe(FIRE_TRAINING);
    expect((panel.querySelector('[data-conflict-field="priority"] [data-side="theirs"]') as HTMLElement).textContent).toBe('Hög');
    // Nothing of mine is stored until I choose.
    expect((await harness.goal(FIRE_TRAINING, 'RE-SJH-AKU')).goal.priority).toBe('Hög');

    await user.click(within(panel).getByRole('button', { name: 'Spara min version' }));
    expect(await screen.findByText('Målet är sparat.')).toBeTruthy();
    await screen.findByRole('heading', { level: 2, name: 'Hela personalen brandskyddsutbildad' });
    const stored = await harness.goal('Hela personalen brandskyddsutbildad', 'RE-SJH-AKU');
    expect(stored.goal.priority).toBe('Medel');
  });

  it('retries a save whose answer was lost with the same request id, so the goal is added once; and says plainly when a save is not permitted', async () => {
    const user = userEvent.setup();
    const real = harness.services('peter.sjoberg');
    const requestIds: string[] = [];
    let answers: 'lose' | 'deliver' | 'refuse' = 'lose';
    const goals: ITryggServices['goals'] = {
      list: (year, filter) => real.goals.list(year, filter),
      editableScope: () => real.goals.editableScope(),
      yearOf: (goalId) => real.goals.yearOf(goalId),
      addMeasurement: (input, id) => real.goals.addMeasurement(input, id),
      save: async (input, id, existing) => {
        requestIds.push(id);
        if (answers === 'refuse') return { kind: 'notPermitted' };
        const result = await real.goals.save(input, id, existing);
        if (answers === 'lose') {
          answers = 'deliver';
          throw new TypeError('Failed to fetch');
        }
        return result;
      }
    };
    const { container } = harness.render({ ...real, goals });
    await listed(container);
    await user.click(screen.getByRole('button', { name: 'Nytt mål' }));
    const form = await goalForm(container, 'new');
    await choose(user, form, 'Gäller', 'Regionalt mål (hela regionen)');
    await user.type(within(form).getByLabelText(/^Rubrik/), 'Alla förvaltningar har övat utrymning');
    await choose(user, form, 'Säkerhetsområde', 'Brandsäkerhet');
    await user.type(within(form).getByLabelText(/^Indikator/), 'Andel förvaltningar som övat utrymning');
    await user.type(within(form).getByLabelText(/^Måttenhet/), '%');
    await user.type(within(form).getByLabelText(/^Utgångsvärde/), '50');
    await user.type(within(form).getByLabelText(/^Målvärde/), '100');
    await user.click(within(form).getByRole('button', { name: 'Lägg till målet' }));

    const retry = await screen.findByRole('button', { name: 'Försök igen' });
    await user.click(retry);
    await screen.findByRole('heading', { level: 2, name: 'Alla förvaltningar har övat utrymning' });
    expect(requestIds).toHaveLength(2);
    expect(requestIds[1]).toBe(requestIds[0]);
    const all = await real.goals.list(2026);
    expect(all.filter((view) => view.goal.title === 'Alla förvaltningar har övat utrymning')).toHaveLength(1);

    answers = 'refuse';
    await user.click(screen.getByRole('button', { name: 'Ändra målet' }));
    const edit = await goalForm(container, all.find((view) => view.goal.title === 'Alla förvaltningar har övat utrymning')!.goal.id);
    await user.click(within(edit).getByRole('button', { name: 'Spara målet' }));
    expect(
      await screen.findByText(
        'Du får inte ändra det här målet. En enhets mål sätts och mäts av enhetens chef (eller en chef ovanför i linjen) och regionala mål av säkerhetsfunktionen.'
      )
    ).toBeTruthy();
  });

  it('opens a linked goal of another year in its year (a link from a mail or the home page)', async () => {
    const lastYear = NOW.getUTCFullYear() - 1;
    const goals = await harness.services('lars.holm').goals.list(lastYear);
    const old = goals.find((view) => view.goal.scopeUnitId !== undefined) as (typeof goals)[number];
    harness.renderAs('lars.holm', old.goal.id);
    expect(await screen.findByRole('heading', { name: old.goal.title }, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByText(common.ErrorNotFound)).toBeNull();
  });
});
