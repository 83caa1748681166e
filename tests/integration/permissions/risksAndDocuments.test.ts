/**
 * The risk register and the governing documents have rules of their own, proven by signing in as
 * each seeded role and asking SharePoint (the emulator) directly with stock PnPjs.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import { IRunningEmulator } from '../../../tools/emulator';
import { Outcome, spAs as signedInAs, succeeds } from './signedInAs';
import { governingDocumentsLibrary, riskDecisionsList, risksList, unitsList } from '../../../src/schema/lists';
import { startRegion, upn } from '../services/servicesHelpers';


describe('risks and governing documents, role by role', () => {
  let emulator: IRunningEmulator;
  let unitId: number;

  const spAs = (persona: string): SPFI => signedInAs(emulator, persona);


  const siteUserId = async (persona: string): Promise<number> => (await spAs('admin.trygg').web.ensureUser(`i:0#.f|membership|${upn(persona)}`)).Id;

  beforeAll(async () => {
    emulator = await startRegion();
    unitId = (await spAs('admin.trygg').web.lists.getByTitle(unitsList.title).items.select('Id').top(1)())[0].Id;
  });

  afterAll(() => emulator.close());

  describe('the risk register', () => {
    let larsRisk: number;

    beforeAll(async () => {
      const added = await spAs('lars.holm').web.lists.getByTitle(risksList.title).items.add({
        Title: 'Obehöriga kan ta sig in via lastkajen nattetid',
        ClientRequestId: 'perm-risk-lars',
        UnitId: unitId,
        SecurityArea: 'Skalskydd',
        Cause: 'Lastkajens port står ofta öppen vid leveranser efter 22.',
        CurrentLikelihood: 3,
        CurrentConsequence: 4,
        MatrixVersion: 1,
        RiskOwnerId: await siteUserId('lars.holm'),
        RiskStatus: 'Bedömd',
        NextReviewAt: '2027-05-01T00:00:00Z'
      });
      larsRisk = added.Id;
    });

    const MODEL: Record<string, { read: Outcome; add: Outcome; edit: Outcome }> = {
      'anna.svensson': { read: 'no', add: 'no', edit: 'no' },
      'helena.ask': { read: 'no', add: 'no', edit: 'no' },
      'lars.holm': { read: 'yes', add: 'yes', edit: 'yes' },
      'johan.falk': { read: 'yes', add: 'yes', edit: 'yes' },
      'maria.berg': { read: 'yes', add: 'yes', edit: 'yes' },
      'peter.sjoberg': { read: 'yes', add: 'yes', edit: 'yes' },
      'admin.trygg': { read: 'yes', add: 'yes', edit: 'yes' }
    };

    for (const [persona, expected] of Object.entries(MODEL)) {
      it(`${persona}: read ${expected.read}, add ${expected.add}, edit ${expected.edit}`, async () => {
        const risks = spAs(persona).web.lists.getByTitle(risksList.title);
        const seen = {
          read: await succeeds(() => risks.items.getById(larsRisk).select('Id')()),
          add: await succeeds(async () =>
            risks.items.add({
              Title: `Kontroll (${persona})`,
              ClientRequestId: `perm-risk-${persona}`,
              UnitId: unitId,
              SecurityArea: 'Brandsäkerhet',
              Cause: 'Kontroll av behörighetsmodellen.',
              MatrixVersion: 1,
              RiskStatus: 'Utkast'
            })
          ),
          edit: await succeeds(() => risks.items.getById(larsRisk).update({ ExistingControls: `Kontroll ${persona}` }))
        };
        expect(seen).toEqual(expected);
      });
    }

    it('refuses a step outside the largest matrix', async () => {
      await expect(spAs('lars.holm').web.lists.getByTitle(risksList.title).items.getById(larsRisk).update({ CurrentLikelihood: 7 })).rejects.toMatchObject({ status: 400 });
    });

    it('lets nobody but the Trygg function write an acceptance decision, not even the security function', async () => {
      const decision = { RiskId: larsRisk, AcceptanceState: 'Beviljad', RequestedById: await siteUserId('lars.holm'), RequestedAt: '2026-11-30T08:00:00Z', DecidedById: await siteUserId('lars.holm') };
      const outcomes: Record<string, Outcome> = {};
      for (const persona of ['anna.svensson', 'lars.holm', 'peter.sjoberg']) {
        outcomes[persona] = await succeeds(() => spAs(persona).web.lists.getByTitle(riskDecisionsList.title).items.add(decision));
      }
      expect(outcomes).toEqual({ 'anna.svensson': 'no', 'lars.holm': 'no', 'peter.sjoberg': 'no' });
    });
  });

  describe('governing documents', () => {
    const library = (persona: string): ReturnType<SPFI['web']['lists']['getByTitle']> => spAs(persona).web.lists.getByTitle(governingDocumentsLibrary.title);
    let approvedDoc: number;
    let draftDoc: number;

    /** As the Trygg function (Full Control, here the administrator) registers a document: upload, describe, share with its owner. */
    async function register(name: string, number: string, owner: string): Promise<number> {
      const folder = spAs('admin.trygg').web.getFolderByServerRelativePath(`/sites/trygg/${governingDocumentsLibrary.title}`);
      await folder.files.addUsingPath(name, `Innehåll i ${name}`, { Overwrite: false });
      const item = await spAs('admin.trygg').web.getFileByServerRelativePath(`/sites/trygg/${governingDocumentsLibrary.title}/${name}`).getItem<{ Id: number }>('Id');
      const id = item.Id;
      const documentItem = library('admin.trygg').items.getById(id);
      await documentItem.update({
        Title: name.replace(/\.\w+$/, ''),
        DocumentNumber: number,
        GoverningDocumentType: 'Riktlinje',
        DocumentOwnerId: await siteUserId(owner),
        InformationClass: 'Intern',
        DocumentStatus: 'Utkast',
        ReviewCycleMonths: 24
      });
      await documentItem.breakRoleInheritance(true, false);
      const contribute: { Id: number } = await spAs('admin.trygg').web.roleDefinitions.getByName('Contribute').select('Id')();
      await documentItem.roleAssignments.add(await siteUserId(owner), contribute.Id);
      return id;
    }

    beforeAll(async () => {
      approvedDoc = await register('Riktlinje hot och vald.docx', 'RS-RL-2026-001', 'helena.ask');
      await library('admin.trygg').items.getById(approvedDoc).file.approve('Fastställd av regiondirektören');
      draftDoc = await register('Instruktion informationsklassning.docx', 'RS-IN-2026-002', 'helena.ask');
    });

    const read = (persona: string, id: number): Promise<Outcome> => succeeds(() => library(persona).items.getById(id).select('Id')());

    it('everyone reads an approved document; a draft only those who may edit it', async () => {
      const people = ['anna.svensson', 'lars.holm', 'helena.ask', 'peter.sjoberg', 'admin.trygg'];
      const approved: Record<string, Outcome> = {};
      const draft: Record<string, Outcome> = {};
      for (const persona of people) {
        approved[persona] = await read(persona, approvedDoc);
        draft[persona] = await read(persona, draftDoc);
      }
      expect(approved).toEqual({ 'anna.svensson': 'yes', 'lars.holm': 'yes', 'helena.ask': 'yes', 'peter.sjoberg': 'yes', 'admin.trygg': 'yes' });
      expect(draft).toEqual({ 'anna.svensson': 'no', 'lars.holm': 'no', 'helena.ask': 'yes', 'peter.sjoberg': 'yes', 'admin.trygg': 'yes' });
    });

    it("lets the owner edit theirs, not others'; the change waits for an approval neither the owner nor the security function can give itself", async () => {
      expect(await succeeds(() => library('lars.holm').items.getById(approvedDoc).update({ InformationClass: 'Öppen' }))).toBe('no');
      expect(await succeeds(() => library('anna.svensson').items.getById(approvedDoc).update({ InformationClass: 'Öppen' }))).toBe('no');
      await library('helena.ask').items.getById(approvedDoc).update({ Title: 'Riktlinje hot och våld, reviderad' });

      // Readers still see the approved version until it is approved again.
      const asReader: { Title: string } = await library('anna.svensson').items.getById(approvedDoc).select('Title')();
      expect(asReader.Title).toBe('Riktlinje hot och vald');
      const asOwner: { Title: string; OData__ModerationStatus: number } = await library('helena.ask').items.getById(approvedDoc).select('Title', 'OData__ModerationStatus')();
      expect(asOwner).toMatchObject({ Title: 'Riktlinje hot och våld, reviderad', OData__ModerationStatus: 2 });

      // The owner cannot approve their own change, nor can the security function through REST: only the
      // Trygg function approves, after its four-eyes check (tests/integration/documents).
      expect(await succeeds(() => library('helena.ask').items.getById(approvedDoc).file.approve('Själv'))).toBe('no');
      expect(await succeeds(() => library('peter.sjoberg').items.getById(approvedDoc).file.approve('Själv'))).toBe('no');
      await library('admin.trygg').items.getById(approvedDoc).file.approve('Fastställd');
      const after: { Title: string } = await library('anna.svensson').items.getById(approvedDoc).select('Title')();
      expect(after.Title).toBe('Riktlinje hot och våld, reviderad');
    });

    it('lets nobody but the security function and administrators add documents (the function registers them with a number)', async () => {
      const folder = (persona: string): ReturnType<SPFI['web']['getFolderByServerRelativePath']> =>
        spAs(persona).web.getFolderByServerRelativePath(`/sites/trygg/${governingDocumentsLibrary.title}`);
      const adds: Record<string, Outcome> = {};
      for (const persona of ['anna.svensson', 'lars.holm', 'helena.ask', 'peter.sjoberg']) {
        adds[persona] = await succeeds(() => folder(persona).files.addUsingPath(`Kontroll ${persona}.docx`, 'x', { Overwrite: false }));
      }
      expect(adds).toEqual({ 'anna.svensson': 'no', 'lars.holm': 'no', 'helena.ask': 'no', 'peter.sjoberg': 'yes' });
    });
  });
});
