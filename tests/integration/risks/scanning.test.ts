/**
 * Omvärldsbevakning through the real services, as each role: the security function records an entry
 * once however often the save is retried; a manager reads it and raises or links a risk on their own
 * unit, not another's; nobody else writes entries, not even with their own REST calls.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator } from '../../../tools/emulator';
import { IScanningDraft } from '../../../src/domain/risks/scanning';
import { scanningList } from '../../../src/schema/lists';
import { newRequestId, servicesAs, startRegion } from '../services/servicesHelpers';
import { spAs, succeeds } from '../permissions/signedInAs';

describe('omvärldsbevakning in the risk register', () => {
  let emulator: IRunningEmulator;
  let akutenId: number;
  let itDriftId: number;
  const today = (): string => new Date().toISOString().slice(0, 10);
  const draft = (patch: Partial<IScanningDraft> = {}): IScanningDraft => ({
    title: 'Varning för falska fakturor från "leverantörer"',
    source: 'Polisen <script>alert(1)</script>',
    sourceUrl: 'https://polisen.se/aktuellt',
    observedOn: today(),
    summary: "Bedragare skickar fakturor som liknar riktiga; kontrollera mot avtal.' or 1 eq 1",
    areas: ['Ekonomisk säkerhet'],
    unitIds: [akutenId],
    ...patch
  });

  beforeAll(async () => {
    emulator = await startRegion();
    const units = await servicesAs(emulator, 'lars.holm').units.getAll();
    akutenId = units.filter((unit) => unit.code === 'RE-SJH-AKU')[0].id;
    itDriftId = units.filter((unit) => unit.code === 'RE-RS-ITD')[0].id;
  });

  afterAll(() => emulator.close());

  it('shows the seeded entries newest first, with the risks raised from them', async () => {
    const scanning = servicesAs(emulator, 'lars.holm').scanning;
    const entries = await scanning.list();
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries.map((entry) => entry.observedOn)).toEqual(entries.map((entry) => entry.observedOn).slice().sort().reverse());
    const phishing = entries.filter((entry) => entry.source === 'CERT-SE')[0];
    expect((await scanning.risksOf(phishing.id)).map((risk) => risk.title)).toEqual(['Nätfiske mot medarbetares konton']);
  });

  it('lets the security function record an entry once, verbatim, however often the save is retried', async () => {
    const scanning = servicesAs(emulator, 'peter.sjoberg').scanning;
    const requestId = newRequestId();
    const first = await scanning.save(draft(), requestId);
    const again = await scanning.save(draft(), requestId);
    if (first.kind !== 'saved' || again.kind !== 'saved') throw new Error(JSON.stringify([first, again]));
    expect(again.entry.id).toBe(first.entry.id);
    expect(first.entry).toMatchObject({ source: 'Polisen <script>alert(1)</script>', summary: draft().summary, unitIds: [akutenId] });
    expect(first.entry.observedOn.slice(0, 10)).toBe(today());
    const stored = (await scanning.list()).filter((entry) => entry.title === draft().title);
    expect(stored).toHaveLength(1);
  });

  it('refuses a bad entry with a reason per field and writes nothing', async () => {
    const writes = (): number => emulator.requests.list({ method: 'POST', pathContains: scanningList.title }).length;
    const before = writes();
    const result = await servicesAs(emulator, 'peter.sjoberg').scanning.save(
      draft({ title: '  ', sourceUrl: ['javascript', 'alert(1)'].join(':'), observedOn: '2099-01-01', areas: [], unitIds: [999999] }),
      newRequestId()
    );
    expect(result).toEqual({ kind: 'invalid', errors: { title: 'required', sourceUrl: 'invalidUrl', observedOn: 'inFuture', areas: 'required', unitIds: 'unknownUnit' } });
    expect(writes()).toBe(before);
  });

  it('turns a stale edit into a conflict that shows the stored entry', async () => {
    const scanning = servicesAs(emulator, 'peter.sjoberg').scanning;
    const saved = await scanning.save(draft({ title: 'Strömavbrott i kvarteret' }), newRequestId());
    if (saved.kind !== 'saved') throw new Error(saved.kind);
    const edited = await scanning.save(draft({ title: 'Strömavbrott i kvarteret, uppdaterad' }), newRequestId(), saved.entry);
    expect(edited.kind).toBe('saved');
    const stale = await scanning.save(draft({ title: 'Strömavbrott, min version' }), newRequestId(), saved.entry);
    expect(stale).toMatchObject({ kind: 'conflict', theirs: { title: 'Strömavbrott i kvarteret, uppdaterad' } });
  });

  it('lets nobody but the security function write entries, not even through REST', async () => {
    const add = (persona: string): Promise<string> =>
      succeeds(() => spAs(emulator, persona).web.lists.getByTitle(scanningList.title).items.add({ Title: 'Eget', ClientRequestId: newRequestId(), ScanningSource: 'x', ObservedOn: new Date().toISOString(), Summary: 'x', SecurityAreas: ['Brandsäkerhet'] }));
    expect({ lars: await add('lars.holm'), anna: await add('anna.svensson'), helena: await add('helena.ask') }).toEqual({ lars: 'no', anna: 'no', helena: 'no' });
    expect(await succeeds(() => spAs(emulator, 'lars.holm').web.lists.getByTitle(scanningList.title).items.getById(1).update({ Title: 'Ändrad' }))).toBe('no');
    // An employee does not read the entries at all: they are the managers' and the security function's.
    expect(await succeeds(() => spAs(emulator, 'anna.svensson').web.lists.getByTitle(scanningList.title).items.getById(1)())).toBe('no');
  });

  it("lets a manager raise a risk from an entry on their unit once, and link an existing risk of theirs but not another unit's", async () => {
    const lars = servicesAs(emulator, 'lars.holm');
    const entry = (await lars.scanning.list()).filter((item) => item.title === 'Fler hot mot personal på akutmottagningar i länet')[0];
    const requestId = newRequestId();
    const raised = await lars.risks.raiseFromScanning(entry, { title: 'Hot mot personal kvällstid', area: 'Hot och våld', unitId: akutenId }, requestId);
    const retried = await lars.risks.raiseFromScanning(entry, { title: 'Hot mot personal kvällstid', area: 'Hot och våld', unitId: akutenId }, requestId);
    if (raised.kind !== 'saved' || retried.kind !== 'saved') throw new Error(JSON.stringify([raised, retried]));
    expect(retried.risk.id).toBe(raised.risk.id);
    expect(raised.risk).toMatchObject({ source: 'Omvärldsbevakning', scanningEntryId: entry.id, unit: { id: akutenId } });
    expect((await lars.scanning.risksOf(entry.id)).map((risk) => risk.id)).toContain(raised.risk.id);

    // Not on a unit that is not his.
    const elsewhere = await lars.risks.raiseFromScanning(entry, { title: 'Hot mot IT-driften', area: 'Hot och våld', unitId: itDriftId }, newRequestId());
    expect(elsewhere).toEqual({ kind: 'invalid', errors: { unitId: 'notPermitted' } });

    const itRisk = (await servicesAs(emulator, 'peter.sjoberg').risks.query({ unitIds: [itDriftId], sort: 'newest' })).risks[0];
    expect(await lars.risks.link(itRisk.riskNumber, () => ({ scanningEntryId: entry.id }))).toEqual({ kind: 'notPermitted' });
    expect(await lars.risks.link('RISK-99999', () => ({ scanningEntryId: entry.id }))).toEqual({ kind: 'notFound' });
    const own = (await lars.risks.query({ unitIds: [akutenId], sort: 'newest' })).risks.filter((risk) => risk.scanningEntryId !== entry.id)[0];
    const linked = await lars.risks.link(own.riskNumber, () => ({ scanningEntryId: entry.id }));
    expect(linked).toMatchObject({ kind: 'saved', risk: { id: own.id, scanningEntryId: entry.id } });
  });
});
