/**
 * Övningar och egenkontroll as the people it is for: Lars Holm logs an exercise for Akutmottagningen
 * and answers its self-assessment (every problem shown at its field or question, a stale save shown
 * as a conflict), Peter Sjöberg reads the regional summary and orders a targeted follow-up that Lars
 * then sees first, and Anna Svensson only reads the log.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SELF_ASSESSMENT_QUESTIONS } from '../../src/domain/pdsa/selfAssessment';
import { frontLineUnitIds } from '../../src/webparts/securityFollowUp/summaryView';
import { answer, chooseMany, FollowUpHarness, openTab, question } from './securityFollowUp.harness';

const harness = new FollowUpHarness();

beforeAll(() => harness.start());
afterAll(() => harness.stop());

/** The log and the due list have both answered, and nothing is loading any more. */
async function logShown(container: HTMLElement): Promise<void> {
  await waitFor(() => expect(container.querySelector('[data-exercise], [data-empty="exercises"]')).toBeTruthy());
  await waitFor(() => expect(container.querySelector('[data-due-unit], [data-empty="due"]')).toBeTruthy());
  await waitFor(() => expect(container.querySelector('.ms-Spinner')).toBeNull());
}

describe('the exercise log', () => {
  it("opens on a manager's own unit and logs an exercise with its follow-up actions once every field is right", async () => {
    const user = userEvent.setup();
    const { container, services } = harness.renderAs('lars.holm');
    await logShown(container);
    expect(screen.getAllByRole('tab').map((tab) => (tab.textContent || '').trim())).toEqual(['Övningar och utbildningar', 'Egenkontroll']);
    const akuten = await harness.unitId('Akutmottagningen');
    const own = (await services.exercises.list(2026)).filter((exercise) => exercise.unitId === akuten);
    expect(Array.from(container.querySelectorAll('[data-exercise]')).map((item) => Number(item.getAttribute('data-exercise')))).toEqual(own.map((exercise) => exercise.id));

    await user.click(screen.getByRole('button', { name: 'Logga övning eller utbildning' }));
    const form = await screen.findByRole('form', { name: 'Logga övning eller utbildning' });
    harness.emulator.requests.reset();
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Rätta fälten som är markerade innan du sparar.')).toBeTruthy();
    // Title, scenario and areas are required; the unit is his only one, today is the default day.
    expect(within(form).getAllByText('Fyll i det här fältet.')).toHaveLength(3);
    expect(harness.writes('TryggOvningar')).toBe(0);

    await user.type(within(form).getByLabelText(/^Rubrik/), 'Övning: stopp i syrgasförsörjningen');
    await user.type(within(form).getByLabelText(/^Scenario/), 'Syrgascentralen larmar lågt tryck under nattskiftet.');
    await user.type(within(form).getByLabelText('Antal deltagare'), '2.5');
    expect(await within(form).findByText('Ange ett heltal från 1 till 100 000.')).toBeTruthy();
    await user.clear(within(form).getByLabelText('Antal deltagare'));
    await user.type(within(form).getByLabelText('Antal deltagare'), '9');
    await user.click(within(form).getByRole('button', { name: 'Lägg till åtgärd' }));
    await user.type(within(form).getByLabelText('Åtgärd 1'), 'Beställ reservflaskor till akutrummen');
    await user.type(within(form).getByLabelText('Klar senast (åtgärd 1)'), '2027-01-15');
    await chooseMany(user, form, 'Säkerhetsområden', ['Driftsäkerhet']);
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Övningen är sparad.')).toBeTruthy();
    // The unit's due day moves with a new exercise: the list is read again.
    await logShown(container);
    const stored = (await services.exercises.list(2026)).filter((exercise) => exercise.title === 'Övning: stopp i syrgasförsörjningen');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      unitId: akuten,
      date: '2026-11-20',
      kind: 'Övning',
      areas: ['Driftsäkerhet'],
      participants: 9,
      followUpActions: [{ title: 'Beställ reservflaskor till akutrummen', dueDate: '2027-01-15', done: false }]
    });
    const entry = container.querySelector(`[data-exercise="${stored[0].id}"]`) as HTMLElement;
    expect(within(entry).getByText('Beställ reservflaskor till akutrummen')).toBeTruthy();
    expect(within(entry).getByText(/Uppföljande åtgärder \(0 av 1 klara\)/)).toBeTruthy();
    await logShown(container);
  });

  it('logs an exercise once when the answer to the first save was lost and the user saves again', async () => {
    const user = userEvent.setup();
    const { container, services } = harness.renderAs('lars.holm');
    await logShown(container);
    await user.click(screen.getByRole('button', { name: 'Logga övning eller utbildning' }));
    const form = await screen.findByRole('form', { name: 'Logga övning eller utbildning' });
    await user.type(within(form).getByLabelText(/^Rubrik/), 'Utbildning: hjärt-lungräddning');
    await user.click(within(form).getByRole('radio', { name: 'Utbildning' }));
    await user.type(within(form).getByLabelText(/^Scenario/), 'HLR för nyanställda sjuksköterskor.');
    await chooseMany(user, form, 'Säkerhetsområden', ['Driftsäkerhet']);
    // The list adds the entry, but its answer never reaches the page.
    harness.emulator.faults.add({ lose: 'status', lostStatus: 500, method: 'POST', path: 'TryggOvningar', count: 1 });
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Något gick fel. Försök igen om en stund.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Övningen är sparad.')).toBeTruthy();
    await logShown(container);
    const stored = (await services.exercises.list(2026)).filter((exercise) => exercise.title === 'Utbildning: hjärt-lungräddning');
    expect(stored).toHaveLength(1);
    expect(stored[0].kind).toBe('Utbildning');
  });

  it('lets an employee read the log, with no form, no edits and no other tabs', async () => {
    const { container } = harness.renderAs('anna.svensson');
    await logShown(container);
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Logga övning eller utbildning' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ändra' })).toBeNull();
    expect(container.querySelectorAll('[data-exercise]').length).toBeGreaterThan(0);
  });
});

describe('the self-assessment', () => {
  it('shows each problem at its question, saves a draft, and refuses nothing silently', async () => {
    const user = userEvent.setup();
    const { container, services } = harness.renderAs('lars.holm');
    await logShown(container);
    await openTab(user, 'Egenkontroll');
    expect(await screen.findByRole('heading', { name: 'Egenkontroll 2026: Akutmottagningen' })).toBeTruthy();
    const akuten = await harness.unitId('Akutmottagningen');
    const before = await services.selfAssessments.get(akuten, 2026);
    const unanswered = SELF_ASSESSMENT_QUESTIONS.filter((q) => !before || !before.answers[q.key] || before.answers[q.key].answer === undefined);
    expect(unanswered.length).toBeGreaterThan(0);

    harness.emulator.requests.reset();
    await user.click(screen.getByRole('button', { name: 'Lämna in' }));
    const summary = await screen.findByText(/frågor? behöver rättas/);
    expect(summary.closest('[data-form-errors]')!.getAttribute('data-form-errors')).toBe(String(unanswered.length));
    for (const q of unanswered) expect(within(question(q.key)).getByText('Svara på frågan innan du lämnar in.')).toBeTruthy();
    expect(harness.writes('TryggSjalvskattningar')).toBe(0);

    // "Uppfylls inte" needs a comment; the evidence must be an https address.
    await answer(user, 'area.fire', 'Uppfylls inte');
    expect(within(question('area.fire')).getByText(/^Skriv en kommentar/)).toBeTruthy();
    await user.type(within(question('area.fire')).getByLabelText(/^Länk till underlag/), 'http://intra/brand');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await within(question('area.fire')).findByText('Länken måste vara en fullständig adress som börjar med https://.')).toBeTruthy();
    expect(harness.writes('TryggSjalvskattningar')).toBe(0);

    await user.type(within(question('area.fire')).getByLabelText(/^Kommentar/), 'Brandskyddsronden är inte gjord i år.');
    await user.clear(within(question('area.fire')).getByLabelText(/^Länk till underlag/));
    await user.type(within(question('area.fire')).getByLabelText(/^Länk till underlag/), 'https://intra.regionexempel.se/brand');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByText('Utkastet är sparat.')).toBeTruthy();
    const after = await services.selfAssessments.get(akuten, 2026);
    expect(after!.status).toBe('Utkast');
    expect(after!.answers['area.fire']).toEqual({ answer: 1, comment: 'Brandskyddsronden är inte gjord i år.', evidenceUrl: 'https://intra.regionexempel.se/brand' });
    if (before) expect(after!.id).toBe(before.id);
  });

  it('shows both versions when someone saved the assessment meanwhile, and saves mine on request', async () => {
    const user = userEvent.setup();
    const { container, services } = harness.renderAs('lars.holm');
    await logShown(container);
    await openTab(user, 'Egenkontroll');
    await screen.findByRole('heading', { name: 'Egenkontroll 2026: Akutmottagningen' });
    const akuten = await harness.unitId('Akutmottagningen');

    // Peter Sjöberg saves the same draft first.
    const stored = (await services.selfAssessments.get(akuten, 2026))!;
    const theirs = await harness.services('peter.sjoberg').selfAssessments.save(
      { ...stored, answers: { ...stored.answers, 'area.it': { answer: 4 } } },
      'test-conflict-peter',
      stored
    );
    expect(theirs.kind).toBe('saved');

    await answer(user, 'area.it', 'Uppfylls delvis');
    await user.type(within(question('area.it')).getByLabelText(/^Kommentar/), 'Behörigheter ses inte över.');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    expect(await screen.findByRole('heading', { name: 'Någon annan har ändrat samtidigt' })).toBeTruthy();
    expect(await screen.findByText(/^Peter Sjöberg sparade egenkontrollen/)).toBeTruthy();
    expect(screen.getByText('Uppfylls helt')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Spara mina ändringar' }));
    expect(await screen.findByText('Utkastet är sparat.')).toBeTruthy();
    expect((await services.selfAssessments.get(akuten, 2026))!.answers['area.it']).toEqual({ answer: 2, comment: 'Behörigheter ses inte över.' });
  });
});

describe('the regional summary', () => {
  it('is for the security function only', async () => {
    const { container } = harness.renderAs('lars.holm');
    await logShown(container);
    expect(screen.queryByRole('tab', { name: 'Regional sammanställning' })).toBeNull();
  });

  it('shows each question with its distribution and mean, names the units that have not submitted, and orders a targeted follow-up', async () => {
    const user = userEvent.setup();
    const { container, services } = harness.renderAs('peter.sjoberg');
    await logShown(container);
    await openTab(user, 'Regional sammanställning');
    const table = await screen.findByRole('table', { name: 'Svar per fråga' });
    const units = await services.units.getAll();
    const expected = await services.selfAssessments.summary(2026, frontLineUnitIds(units));
    expect(within(table).getAllByRole('row')).toHaveLength(SELF_ASSESSMENT_QUESTIONS.length + 1);
    expect(screen.getByText(`${expected.unitsSubmitted.length} av ${frontLineUnitIds(units).length} enheter har lämnat in.`)).toBeTruthy();
    const fire = expected.questions.filter((q) => q.key === 'area.fire')[0];
    const row = table.querySelector('[data-summary-question="area.fire"]') as HTMLElement;
    expect(row.querySelector('[data-distribution]')!.getAttribute('data-distribution')).toBe(
      ['4', '3', '2', '1', 'na'].filter((a) => fire.distribution[a] > 0).map((a) => `${a}:${fire.distribution[a]}`).join(' ')
    );
    expect(within(row).getByText(`Uppfylls helt: ${fire.distribution['4']}`)).toBeTruthy();
    const notSubmitted = container.querySelector('[data-not-submitted]') as HTMLElement;
    expect(notSubmitted.textContent).toContain('Akutmottagningen');

    const order = container.querySelector('[data-order-form]') as HTMLElement;
    await user.click(within(order).getByRole('button', { name: 'Beställ riktad uppföljning' }));
    expect(await within(order).findAllByText('Fyll i det här fältet.')).toHaveLength(2);
    await user.type(within(order).getByLabelText(/^Uppdrag/), 'Redovisa brandskyddsronden och hur larmlistan hålls aktuell.');
    await chooseMany(user, order, 'Enheter', ['Akutmottagningen']);
    await user.click(within(order).getByRole('button', { name: 'Beställ riktad uppföljning' }));
    expect(await within(order).findByText('Riktad uppföljning beställd för: Akutmottagningen.')).toBeTruthy();
  });

  it('puts the ordered follow-up first in the unit manager\'s self-assessment, with its assignment', async () => {
    const user = userEvent.setup();
    const { container } = harness.renderAs('lars.holm');
    await logShown(container);
    await openTab(user, 'Egenkontroll');
    const notice = await waitFor(() => {
      const found = container.querySelector('[data-targeted-follow-up]') as HTMLElement;
      expect(found).toBeTruthy();
      return found;
    });
    expect(await within(notice).findByText('Riktad uppföljning beställd')).toBeTruthy();
    expect(within(notice).getByText('Redovisa brandskyddsronden och hur larmlistan hålls aktuell.')).toBeTruthy();
    // First on the page: before the heading of the questionnaire.
    const heading = screen.getByRole('heading', { name: 'Egenkontroll 2026: Akutmottagningen' });
    expect(notice.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
