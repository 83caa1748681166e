import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DocumentsHarness, choose, fileOf, openDocument, openTab, section, settled, treeNumbers } from './governanceDocuments.harness';

const harness = new DocumentsHarness();

beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('GovernanceDocuments', () => {
  it('shows an employee the published documents only, with no owner or approval actions', async () => {
    const user = userEvent.setup();
    const { container } = harness.renderAs('anna.svensson');
    await screen.findByRole('heading', { level: 2, name: 'Styrande dokument' });
    await waitFor(() => expect(treeNumbers(container)).toContain('POL-001'));
    // The draft never approved (INS-004) is not there; the tree starts at the policies.
    expect(treeNumbers(container)).not.toContain('INS-004');
    expect(treeNumbers(container).slice(0, 2).sort()).toEqual(['LS-S-665820', 'POL-001']);
    // Only the tree and the list: no owner's queue, approval or registration.
    await settled();
    const tabs = screen.getAllByRole('tab').map((tab) => (tab.textContent || '').trim());
    expect(tabs.slice(0, 2)).toEqual(['Dokumentträd', 'Alla dokument']);
    for (const name of [/^Mitt granskningsansvar/, /^Att fastställa/, /^Registrera dokument/]) expect(screen.queryByRole('tab', { name })).toBeNull();
    // The expired Stockholm policy says so in words.
    const stockholm = container.querySelector('[data-tree-document="LS-S-665820"]') as HTMLElement;
    expect(within(stockholm).getAllByText('Utgången').length).toBeGreaterThan(0);

    // A document with a revision in work: the reader gets the published edition, and no steps.
    await openDocument(user, container, 'RL-002');
    expect(within(section('trygg-document-facts')).getByText('Publicerad')).toBeTruthy();
    expect(document.querySelector('[data-flag="revision"], [data-flag="consultation"], [data-flag="scheduled"]')).toBeNull();
    expect(document.querySelector('[data-section="trygg-document-steps"]')).toBeNull();
    expect(document.querySelector('[data-section="trygg-document-approval"]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fastställ' })).toBeNull();
    expect(screen.getByRole('link', { name: /^Öppna filen .+ i en ny flik$/ })).toBeTruthy();
    await settled();
  });

  it("gives Helena Ask her queue: the expired instruction first, her drafts after, each with what she may do", async () => {
    const { container } = harness.renderAs('helena.ask');
    const user = userEvent.setup();
    await openTab(user, 'Mitt granskningsansvar');
    const queue = await waitFor(() => {
      const list = container.querySelector('[data-queue]') as HTMLElement;
      expect(list).toBeTruthy();
      return list;
    });
    const numbers = Array.from(queue.querySelectorAll('[data-queue-document]')).map((item) => item.getAttribute('data-queue-document'));
    expect(numbers[0]).toBe('INS-003');
    expect(numbers).toEqual(expect.arrayContaining(['RL-002', 'INS-004']));
    expect(numbers).not.toContain('RL-001');
    const expired = queue.querySelector('[data-queue-document="INS-003"]') as HTMLElement;
    expect(within(expired).getByText(/^Giltigheten gick ut .+ \(för 5 dagar sedan\)$/)).toBeTruthy();
    // An expired document cannot be confirmed unchanged: the button says why; a revision can start.
    const confirm = within(expired).getByRole('button', { name: 'Bekräfta oförändrad: INS-003' });
    expect(confirm.getAttribute('aria-disabled') === 'true' || (confirm as HTMLButtonElement).disabled).toBe(true);
    expect(within(expired).getByText(/^Bekräfta oförändrad: Giltighetstiden har gått ut/)).toBeTruthy();
    expect((within(expired).getByRole('button', { name: 'Starta revision: INS-003' }) as HTMLButtonElement).disabled).toBe(false);
    expect((within(expired).getByRole('button', { name: 'Föreslå upphävande: INS-003' }) as HTMLButtonElement).disabled).toBe(false);
    await settled();
  });

  it('confirms a review unchanged, and shows both versions when someone else confirmed it meanwhile', async () => {
    const user = userEvent.setup();
    const { container, services } = harness.renderAs('peter.sjoberg');
    await openTab(user, 'Mitt granskningsansvar');
    const card = await waitFor(() => {
      const found = container.querySelector('[data-queue-document="RL-004"]') as HTMLElement;
      expect(found).toBeTruthy();
      return found;
    });
    await user.click(within(card).getByRole('button', { name: 'Bekräfta oförändrad: RL-004' }));
    const date = within(card).getByLabelText('Nästa granskning') as HTMLInputElement;
    // One review interval (12 months) from today, within the validity.
    expect(date.value).toBe('2027-11-20');

    // Someone else confirms it first (another tab, a colleague): the page's ETag is now stale.
    const stored = (await services.documents.details(7))!.document;
    await harness.services('peter.sjoberg').documents.confirmReview(stored.id, stored.etag, '2027-06-01', 'Granskad i ledningsgruppen');
    await user.click(within(card).getByRole('button', { name: 'Bekräfta granskningen' }));
    const conflict = await screen.findByRole('heading', { name: 'Dokumentet ändrades under tiden' });
    const panel = conflict.closest('[data-conflict]') as HTMLElement;
    const row = panel.querySelector('[data-conflict-field="nextReviewAt"]') as HTMLElement;
    expect(row.querySelector('[data-side="mine"]')!.textContent).toBe('20 nov. 2027');
    expect(row.querySelector('[data-side="theirs"]')!.textContent).toBe('1 juni 2027');
    expect((await services.documents.details(7))!.document.nextReviewAt!.slice(0, 10)).toBe('2027-06-01');

    await user.click(within(panel).getByRole('button', { name: 'Bekräfta granskningen ändå' }));
    await screen.findByText('RL-004: Granskningen är bekräftad och nästa granskning satt.');
    // Reviewed for a year: it leaves the queue.
    await waitFor(() => expect(container.querySelector('[data-queue-document="RL-004"]')).toBeNull());
    await settled();
    const after = (await services.documents.details(7))!;
    expect(after.document.nextReviewAt!.slice(0, 10)).toBe('2027-11-20');
    expect(after.document.status).toBe('Publicerad');
    expect(after.decisions.filter((decision) => decision.kind === 'Granskad utan ändring').length).toBeGreaterThanOrEqual(2);
  });

  it('runs a remiss round: the owner sends the draft, a recipient comments, the owner answers (once: a second answer meets the first) and closes it', async () => {
    const user = userEvent.setup();
    const helena = harness.renderAs('helena.ask', 'INS-004');
    await screen.findByRole('heading', { level: 2, name: 'INS-004 · Instruktion för informationsklassning' });
    const steps = section('trygg-document-steps');
    await user.click(within(steps).getByRole('button', { name: 'Skicka på remiss' }));
    const form = await within(steps).findByRole('form', { name: 'Skicka på remiss' });
    await user.type(within(form).getByRole('combobox', { name: 'Personer' }), 'Lars');
    await user.click(await screen.findByRole('option', { name: /Lars Holm/ }));
    const deadline = within(form).getByLabelText('Sista svarsdag') as HTMLInputElement;
    expect(deadline.value).toBe('2026-12-04');
    await user.type(within(form).getByLabelText('Meddelande till mottagarna (valfritt)'), 'Gäller det här på akuten?');
    await user.click(within(form).getByRole('button', { name: 'Skicka remissen' }));
    await screen.findByText('Remissen är skickad.');
    const rounds = section('trygg-document-rounds');
    await waitFor(() => expect(rounds.querySelector('[data-round-status="open"]')).toBeTruthy());
    expect(within(section('trygg-document-facts')).getByText('Remiss')).toBeTruthy();
    helena.unmount();

    // Lars Holm finds it among his remisser and comments; the text is kept as typed, never as markup.
    const lars = harness.renderAs('lars.holm');
    await openTab(user, 'Remisser till mig');
    const round = await waitFor(() => {
      const found = Array.from(lars.container.querySelectorAll('[data-round]')).filter((element) => /INS-004/.test(element.textContent || ''))[0] as HTMLElement;
      expect(found).toBeTruthy();
      return found;
    });
    expect(within(round).getByText('Gäller det här på akuten?')).toBeTruthy();
    await user.type(within(round).getByLabelText('Din synpunkt'), 'Lägg till <b>patientjournaler</b> som exempel.');
    await user.click(within(round).getByRole('button', { name: 'Skicka synpunkten' }));
    await within(round).findByText('Din synpunkt är skickad.');
    expect(within(round).getByText('Lägg till <b>patientjournaler</b> som exempel.')).toBeTruthy();
    expect(round.querySelector('b')).toBeNull();
    lars.unmount();

    // Helena answers the comment and closes the round: the draft is hers again.
    harness.renderAs('helena.ask', 'INS-004');
    await screen.findByRole('heading', { level: 2, name: /^INS-004 · / });
    const open = await waitFor(() => {
      const found = section('trygg-document-rounds').querySelector('[data-round-status="open"]') as HTMLElement;
      expect(found).toBeTruthy();
      return found;
    });
    await within(open).findByText('Lägg till <b>patientjournaler</b> som exempel.');
    await user.click(within(open).getByRole('button', { name: 'Svara' }));
    await user.type(within(open).getByLabelText('Ditt svar'), 'Tack, läggs till.');
    // Meanwhile the comment is answered in another tab: this answer is refused, kept in the box, and the
    // one that stands is one click away.
    const commentId = Number((open.querySelector('[data-comment]') as HTMLElement).getAttribute('data-comment'));
    await harness.services('helena.ask').documents.answer(commentId, 'Tack, tillagt i avsnitt 3.');
    await user.click(within(open).getByRole('button', { name: 'Skicka svaret' }));
    await within(open).findByText(/besvarade kommentaren medan du skrev/);
    expect((within(open).getByLabelText('Ditt svar') as HTMLTextAreaElement).value).toBe('Tack, läggs till.');
    await user.click(within(open).getByRole('button', { name: 'Visa deras svar' }));
    await within(open).findByText(/^Svar från Helena Ask, /);
    expect((open.querySelector('[data-answer]') as HTMLElement).textContent).toContain('Tack, tillagt i avsnitt 3.');
    await user.click(within(open).getByRole('button', { name: 'Stäng remissen' }));
    await user.type(within(open).getByLabelText('Sammanfattning (valfritt)'), 'En synpunkt, besvarad.');
    await user.click(within(open).getAllByRole('button', { name: 'Stäng remissen' }).slice(-1)[0]);
    await waitFor(() => expect(section('trygg-document-rounds').querySelector('[data-round-status="closed"]')).toBeTruthy());
    await waitFor(() => expect(within(section('trygg-document-facts')).getByText('Utkast')).toBeTruthy());
    await settled();
  });

  it('never lets an owner approve their own document', async () => {
    // Helena owns INS-004 and is not the security function: she is not offered the approval at all.
    harness.renderAs('helena.ask', 'INS-004');
    await screen.findByRole('heading', { level: 2, name: /^INS-004 · / });
    await settled();
    expect(document.querySelector('[data-section="trygg-document-approval"]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fastställ' })).toBeNull();
  });

  it("saves an owner's changes to a draft, and shows both versions when someone saved it meanwhile", async () => {
    const user = userEvent.setup();
    const { services } = harness.renderAs('helena.ask', 'INS-004');
    await screen.findByRole('heading', { level: 2, name: /^INS-004 · / });
    const steps = section('trygg-document-steps');
    await user.click(within(steps).getByRole('button', { name: 'Ändra uppgifter' }));
    const form = await within(steps).findByRole('form', { name: 'Ändra uppgifter' });
    const preparedBy = within(form).getByLabelText('Upprättad av') as HTMLInputElement;
    await user.clear(preparedBy);
    await user.type(preparedBy, 'Helena Ask, informationssäkerhetsstrateg');

    // A colleague's save lands first.
    const stored = (await services.documents.details(15))!.document;
    await harness.services('peter.sjoberg').documents.updateDraft(stored.id, stored.etag, { reviewCycleMonths: 12 });
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));
    const panel = (await screen.findByRole('heading', { name: 'Dokumentet ändrades under tiden' })).closest('[data-conflict]') as HTMLElement;
    expect((panel.querySelector('[data-conflict-field="preparedBy"] [data-side="mine"]') as HTMLElement).textContent).toBe('Helena Ask, informationssäkerhetsstrateg');
    expect((panel.querySelector('[data-conflict-field="reviewCycleMonths"] [data-side="theirs"]') as HTMLElement).textContent).toBe('12 månader');
    await user.click(within(panel).getByRole('button', { name: 'Spara mina ändringar' }));
    await screen.findByText('Ändringarna är sparade.');
    // The page shows what is stored now: both changes.
    await waitFor(() => expect((section('trygg-document-facts').querySelector('[data-fact="preparedBy"] td') as HTMLElement).textContent).toBe('Helena Ask, informationssäkerhetsstrateg'));
    expect((section('trygg-document-facts').querySelector('[data-fact="interval"] td') as HTMLElement).textContent).toBe('12 månader');
    await settled();
    // Only what Helena changed was sent: the colleague's interval stays.
    const after = (await services.documents.details(15))!.document;
    expect(after).toMatchObject({ preparedBy: 'Helena Ask, informationssäkerhetsstrateg', reviewCycleMonths: 12, status: 'Utkast' });
  });

  it('shows Peter Sjöberg, security function and owner, his own revision with approval refused (four eyes)', async () => {
    const peter = harness.services('peter.sjoberg');
    const rl003 = (await peter.documents.details(6))!.document;
    await peter.documents.startRevision(rl003.id, rl003.etag);
    harness.renderAs('peter.sjoberg', '6');
    await screen.findByRole('heading', { level: 2, name: /^RL-003 · / });
    const approval = section('trygg-document-approval');
    const approve = within(approval).getByRole('button', { name: 'Fastställ' });
    expect(approve.getAttribute('aria-disabled') === 'true' || (approve as HTMLButtonElement).disabled).toBe(true);
    const blockers = document.getElementById(String(approve.getAttribute('aria-describedby'))) as HTMLElement;
    expect(within(blockers).getByText('Fastställ: Du äger dokumentet. Någon annan i säkerhetsfunktionen beslutar (fyra ögon).')).toBeTruthy();
    await settled();
  });

  it("lets Peter Sjöberg approve Helena Ask's draft from his queue", async () => {
    const user = userEvent.setup();
    const { container, services } = harness.renderAs('peter.sjoberg');
    await openTab(user, 'Att fastställa');
    const card = await waitFor(() => {
      const found = container.querySelector('[data-approval-document="INS-004"]') as HTMLElement;
      expect(found).toBeTruthy();
      return found;
    });
    expect(within(card).getByText(/^Ägare Helena Ask · senast ändrat av .+ · blir utgåva 1$/)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: /^Öppna INS-004 / }));
    await screen.findByRole('heading', { level: 2, name: /^INS-004 · / });
    const approval = section('trygg-document-approval');
    await user.click(within(approval).getByRole('button', { name: 'Fastställ' }));
    const form = await within(approval).findByRole('form', { name: 'Fastställ dokumentet' });
    // Nothing is sent without Fastställd av.
    await user.click(within(form).getByRole('button', { name: 'Fastställ' }));
    expect(await within(form).findByText('Fyll i det här.')).toBeTruthy();
    await user.type(within(form).getByLabelText('Fastställd av'), 'Säkerhetschefen');
    expect((within(form).getByLabelText('Beslutsdag') as HTMLInputElement).value).toBe('2026-11-20');
    // The decision day plus the review interval, 12 months since the draft was edited above.
    expect((within(form).getByLabelText('Giltig till och med') as HTMLInputElement).value).toBe('2027-11-20');
    await user.click(within(form).getByRole('button', { name: 'Fastställ' }));
    await screen.findByText('Dokumentet är fastställt.');
    const facts = section('trygg-document-facts');
    await waitFor(() => expect(within(facts).getByText('Publicerad')).toBeTruthy());
    expect(within(facts).getByText('Säkerhetschefen')).toBeTruthy();
    expect((facts.querySelector('[data-fact="edition"] td') as HTMLElement).textContent).toBe('1');
    expect(section('trygg-document-decisions').querySelector('[data-decision="approved"]')).toBeTruthy();
    await settled();
    const stored = (await services.documents.details(15))!.document;
    expect(stored).toMatchObject({ status: 'Publicerad', edition: 1, approvedByBody: 'Säkerhetschefen', moderation: 'approved' });
    // Employees now read it.
    expect((await harness.services('anna.svensson').documents.all()).map((document) => document.number)).toContain('INS-004');
  });

  it('takes a read confirmation from a reader and shows the owner who has and has not read', async () => {
    const user = userEvent.setup();
    const olle = harness.renderAs('olle.ek');
    await openTab(user, 'Att läsa');
    const item = await waitFor(() => {
      const found = olle.container.querySelector('[data-reading-document="RL-001"]') as HTMLElement;
      expect(found).toBeTruthy();
      return found;
    });
    await user.click(within(item).getByRole('button', { name: 'Jag har läst RL-001, utgåva 2' }));
    await screen.findByText('Bekräftat läst: RL-001.');
    olle.unmount();

    harness.renderAs('helena.ask', 'RL-001');
    await screen.findByRole('heading', { level: 2, name: /^RL-001 · / });
    const read = section('trygg-document-read');
    await within(read).findByText(/^\d+ av \d+ har bekräftat utgåva 2\.$/);
    const confirmed = read.querySelector('[data-read-confirmed-list]') as HTMLElement;
    expect(within(confirmed).getByText(/^Olle Ek, /)).toBeTruthy();
    // Maria Berg confirmed earlier; Lars Holm, at Akutmottagningen which is asked, has not yet.
    expect(within(confirmed).getByText(/^Maria Berg, /)).toBeTruthy();
    const missing = read.querySelector('[data-read-missing-list]') as HTMLElement;
    expect(within(missing).getByText('Lars Holm')).toBeTruthy();
    expect(within(missing).queryByText('Olle Ek')).toBeNull();
    await settled();
  });

  it('registers nothing from a wrong, empty or missing file, and registers a Word document', async () => {
    const user = userEvent.setup({ applyAccept: false });
    harness.renderAs('helena.ask');
    await openTab(user, 'Registrera dokument');
    const form = await screen.findByRole('form', { name: 'Registrera ett styrande dokument' });
    await user.type(within(form).getByLabelText(/^Titel/), 'Instruktion för säker utskrift');
    await choose(user, form, 'Dokumenttyp', 'Instruktion');
    await choose(user, form, 'Informationssäkerhetsklass', 'Intern');
    await choose(user, form, 'Säkerhetsområden', 'Informationssäkerhet');
    await user.keyboard('{Escape}');
    await choose(user, form, 'Överordnat dokument', /^RL-001 /);
    const input = form.querySelector('[data-file-input]') as HTMLInputElement;

    harness.emulator.requests.reset();
    await user.click(within(form).getByRole('button', { name: 'Registrera dokumentet' }));
    expect(await within(form).findByText('Välj en fil.')).toBeTruthy();
    await user.upload(input, fileOf('anteckningar.txt', 'hej'));
    expect(await within(form).findByText('Filen måste vara ett Word-dokument (.docx) eller en PDF.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Registrera dokumentet' }));
    await user.upload(input, fileOf('tom.docx', ''));
    expect(await within(form).findByText('Filen är tom.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Registrera dokumentet' }));
    expect(harness.documentWrites()).toEqual([]);

    await user.upload(input, fileOf('Säker utskrift.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])));
    expect(within(form).getByText(/^Säker utskrift\.docx \(/)).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Registrera dokumentet' }));
    await screen.findByRole('heading', { level: 2, name: /^INS-\d{3} · Instruktion för säker utskrift$/ });
    expect(within(section('trygg-document-facts')).getByText('Utkast')).toBeTruthy();
    await settled();
  });
});
