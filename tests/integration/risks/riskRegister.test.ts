/**
 * The risk register through the real services and the Trygg function, as each role: a manager keeps
 * their unit's risks, acceptance goes through the function with its rules whoever calls, an employee
 * is refused by SharePoint, and the morning job reopens a lapsed acceptance and reminds once.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator } from '../../../tools/emulator';
import { IRisk } from '../../../src/domain/risks/types';
import { risksList } from '../../../src/schema/lists';
import { newRequestId, servicesAs, startRegion, upn } from '../services/servicesHelpers';
import { spAs, succeeds } from '../permissions/signedInAs';

const inAYear = (): string => new Date(Date.now() + 300 * 24 * 3600 * 1000).toISOString().slice(0, 10);

describe('the risk register', () => {
  let emulator: IRunningEmulator;
  let akutenId: number;

  beforeAll(async () => {
    emulator = await startRegion();
    akutenId = (await servicesAs(emulator, 'lars.holm').units.getAll()).filter((unit) => unit.code === 'RE-SJH-AKU')[0].id;
  });

  afterAll(() => emulator.close());

  async function larsAddsRisk(title: string): Promise<IRisk> {
    const result = await servicesAs(emulator, 'lars.holm').risks.save(
      {
        title,
        cause: 'Nattpersonalen är ensam i receptionen',
        event: 'En berusad besökare blir våldsam',
        area: 'Hot och våld',
        unitId: akutenId,
        current: { likelihood: 1, consequence: 2 },
        ownerEmail: upn('lars.holm'),
        nextReviewAt: inAYear()
      },
      newRequestId()
    );
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    return result.risk;
  }

  it('lets a manager add a risk on their unit, scored on the matrix, and find it in the register', async () => {
    const risk = await larsAddsRisk('Ensam nattpersonal i akutens reception');
    expect(risk).toMatchObject({ riskNumber: expect.stringMatching(/^RISK-\d{5}$/), status: 'Utkast', matrixVersion: 1, current: { likelihood: 1, consequence: 2 } });
    const page = await servicesAs(emulator, 'lars.holm').risks.query({ unitIds: [akutenId], area: 'Hot och våld', sort: 'newest' });
    expect(page.risks.map((r) => r.id)).toContain(risk.id);
    const stored: { CurrentScore: number; CurrentLevel: string } = await spAs(emulator, 'lars.holm').web.lists.getByTitle(risksList.title).items.getById(risk.id).select('CurrentScore', 'CurrentLevel')();
    expect(stored).toMatchObject({ CurrentScore: 2, CurrentLevel: 'low' });
  });

  it('refuses invalid input with an error per field and writes nothing', async () => {
    // Reads go in $batch POSTs (the signed-in user's rights); a write would be a POST to the list.
    const writes = (): number => emulator.requests.list({ method: 'POST', pathContains: risksList.title }).length;
    const posts = writes();
    const result = await servicesAs(emulator, 'lars.holm').risks.save({ title: '   ', area: 'Hot och våld', unitId: akutenId, current: { likelihood: 9, consequence: 1 } }, newRequestId());
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.errors).toMatchObject({ title: 'required', current: 'notOnMatrix' });
    expect(writes()).toBe(posts);
  });

  it('keeps the register from an employee: SharePoint refuses her, and the web part knows', async () => {
    const anna = servicesAs(emulator, 'anna.svensson');
    expect(await anna.risks.mayUse()).toBe(false);
    expect(await succeeds(() => spAs(emulator, 'anna.svensson').web.lists.getByTitle(risksList.title).items.top(1)())).toBe('no');
  });

  it('records acceptance only through the Trygg function, by its rules, whoever calls', async () => {
    const risk = await larsAddsRisk('Besökare utan ärende i akutens korridorer');
    const lars = servicesAs(emulator, 'lars.holm');
    const assessed = await lars.risks.transition(risk, 'Bedömd');
    if (assessed.kind !== 'saved') throw new Error(JSON.stringify(assessed));
    // Someone else than the owner cannot ask; the owner can, once.
    expect(await servicesAs(emulator, 'johan.falk').risks.requestAcceptance(assessed.risk, 'Låg risk')).toMatchObject({ kind: 'blocked', blockers: ['notOwner'] });
    const requested = await lars.risks.requestAcceptance(assessed.risk, 'Låg risk, kostsamt att åtgärda');
    expect(requested.kind).toBe('saved');
    expect(await lars.risks.requestAcceptance(assessed.risk)).toMatchObject({ kind: 'blocked' });
    // Not the requester, not a manager outside the line; the security function may.
    expect(await lars.risks.decideAcceptance(assessed.risk, { state: 'Beviljad', rationale: 'Själv', expiresAt: inAYear() })).toMatchObject({ kind: 'blocked', blockers: ['requester'] });
    expect(await servicesAs(emulator, 'johan.falk').risks.decideAcceptance(assessed.risk, { state: 'Beviljad', rationale: 'OK', expiresAt: inAYear() })).toMatchObject({ kind: 'blocked', blockers: ['notManagerOfUnit'] });
    const peter = servicesAs(emulator, 'peter.sjoberg');
    expect(await peter.risks.decideAcceptance(assessed.risk, { state: 'Beviljad', rationale: '   ', expiresAt: inAYear() })).toMatchObject({ kind: 'blocked', fields: { rationale: 'required' } });
    const granted = await peter.risks.decideAcceptance(assessed.risk, { state: 'Beviljad', rationale: 'Inom riskaptiten', expiresAt: inAYear() });
    if (granted.kind !== 'saved') throw new Error(JSON.stringify(granted));
    expect(granted.risk.status).toBe('Accepterad');
    expect(granted.risk.acceptance).toMatchObject({ state: 'Beviljad', decidedBy: { email: upn('peter.sjoberg') }, acceptedAssessment: { likelihood: 1, consequence: 2 } });
  });

  it('raises a risk from a case, or links a case to a risk, and the risk shows its cases', async () => {
    const lars = servicesAs(emulator, 'lars.holm');
    const theCase = (await lars.handling.inbox()).filter((d) => d.store === 'open' && !!d.area && !!d.unit)[0];
    const raised = await lars.risks.raiseFromCase(theCase, 'Återkommande risk från ärendet', newRequestId());
    if (raised.kind !== 'saved') throw new Error(JSON.stringify(raised));
    expect(raised.risk).toMatchObject({ source: 'Avvikelse', area: theCase.area, unit: { id: theCase.unit!.id }, owner: { email: upn('lars.holm') }, linkedCases: [theCase.caseNumber] });
    const other = (await lars.handling.inbox()).filter((d) => d.id !== theCase.id)[0];
    const linked = await lars.risks.linkCase(raised.risk.riskNumber.toLowerCase(), other.caseNumber);
    expect(linked).toMatchObject({ kind: 'saved', risk: { linkedCases: [theCase.caseNumber, other.caseNumber] } });
    // Linking again changes nothing; a risk nobody has is not found.
    expect((await lars.risks.linkCase(raised.risk.riskNumber, other.caseNumber)).kind).toBe('saved');
    expect((await lars.risks.get(raised.risk.id))!.risk.linkedCases).toEqual([theCase.caseNumber, other.caseNumber]);
    expect(await lars.risks.linkCase('RISK-99999', other.caseNumber)).toEqual({ kind: 'notFound' });
  });

  it('finds the risks whose acceptance lapses soon, from the decisions list', async () => {
    const peter = servicesAs(emulator, 'peter.sjoberg');
    const inTwoYears = new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000).toISOString();
    const expiring = await peter.risks.query({ acceptanceExpiresBefore: inTwoYears, statuses: ['Accepterad', 'Bedömd', 'Under åtgärd'] });
    expect(expiring.risks.map((risk) => risk.title)).toEqual(expect.arrayContaining(['Dubbelbetalning av leverantörsfakturor', 'Lastkajens port står öppen kvällstid']));
    expect(expiring.risks.every((risk) => ['Dubbelbetalning av leverantörsfakturor', 'Lastkajens port står öppen kvällstid', 'Besökare utan ärende i akutens korridorer'].indexOf(risk.title) >= 0)).toBe(true);
    expect((await peter.risks.query({ acceptanceExpiresBefore: '2000-01-01T00:00:00.000Z' })).risks).toEqual([]);
  });

  it('reopens a lapsed acceptance and reminds owners once, in the morning job', async () => {
    const before = await servicesAs(emulator, 'peter.sjoberg').risks.query({ statuses: ['Accepterad'], pageSize: 500 });
    const lapsed = before.risks.filter((risk) => risk.title === 'Lastkajens port står öppen kvällstid')[0];
    expect(lapsed).toBeDefined();
    const first = await emulator.runScheduledJob();
    expect(first.risks.reopened).toBeGreaterThanOrEqual(1);
    expect((await servicesAs(emulator, 'peter.sjoberg').risks.get(lapsed.id))!.risk.status).toBe('Bedömd');
    const reminders = emulator.outbox().filter((mail) => /^Påminnelse: (risk|riskåtgärd|accepterandet)/.test(mail.subject));
    expect(reminders.length).toBe(first.risks.reviews + first.risks.acceptances + first.risks.actions);
    const second = await emulator.runScheduledJob();
    expect(second.risks).toEqual({ reviews: 0, acceptances: 0, actions: 0, reopened: 0 });
  });
});
