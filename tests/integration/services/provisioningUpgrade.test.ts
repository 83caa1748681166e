/**
 * Upgrading a Trygg site: a site provisioned at an earlier shape of the schema and filled with data
 * is brought to the current schema with every item and value in place, and a second run changes
 * nothing. Then the value-migration mechanism, with a made-up version.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { createSp } from '../../../src/services/createTryggServices';
import { IProvisioningStep, provisionLists } from '../../../src/services/provisioning/provisionLists';
import { describeStep, provisionSchema } from '../../../src/services/provisioning/provisionSchema';
import { ISchemaMigration, runMigrations } from '../../../src/services/provisioning/migrations';
import { readSchemaVersion } from '../../../src/services/provisioning/schemaVersionStore';
import { siteSchemaStatus } from '../../../src/services/provisioning/siteSchemaStatus';
import { IListDefinition, ITryggSchema, settingsList, TRYGG_LISTS, TRYGG_PERMISSION_LEVELS, TRYGG_SCHEMA, TRYGG_SCHEMA_VERSION } from '../../../src/schema';
import { DEVIATION_STATUSES } from '../../../src/domain/deviations/vocabulary';
import { RISK_STATUSES } from '../../../src/domain/risks/vocabulary';
import { regionExempel, upn } from './servicesHelpers';

/**
 * The lists of the earlier shape: up to omvärldsbevakning (version 5), plus the governing documents'
 * library, goals and measurements at shapes of their own. The other document lists, the rest of
 * PDSA's and the settings list come with the upgrade.
 */
const EARLIER_KEYS = [
  'units', 'deviations', 'deviationActions', 'protectedDeviations', 'protectedActions', 'deviationAggregate', 'riskMatrix', 'risks', 'riskActions', 'riskDecisions', 'scanning',
  'governingDocuments', 'goals', 'measurements'
];

/**
 * Trygg as a site provisioned before the governing documents' lists and before versions were
 * recorded: some lists missing, some fields missing, an index, a unique constraint, a choice,
 * content approval, a role assignment and a permission level not there yet.
 */
function earlierLists(): IListDefinition[] {
  return TRYGG_LISTS.filter((list) => EARLIER_KEYS.indexOf(list.key) >= 0).map((list): IListDefinition => {
    switch (list.key) {
      case 'units':
        return {
          ...list,
          fields: list.fields.map((f) => (f.name === 'Department' ? { ...f, indexed: false } : f)),
          roleAssignments: (list.roleAssignments || []).filter((a) => a.group !== 'securityFunction')
        };
      case 'deviations':
        return { ...list, fields: list.fields.map((f) => (f.name === 'Status' ? { ...f, choices: DEVIATION_STATUSES.slice(0, 4) } : f)) };
      case 'riskMatrix':
        return { ...list, fields: list.fields.map((f) => (f.name === 'MatrixVersion' ? { ...f, unique: false } : f)) };
      case 'risks':
        return { ...list, fields: list.fields.filter((f) => f.name !== 'GoverningDocumentId' && f.name !== 'ScanningEntryId') };
      case 'governingDocuments':
        return { ...list, contentApproval: undefined, fields: list.fields.filter((f) => f.name !== 'RegisteredBy' && f.name !== 'AsksReadConfirmation') };
      case 'measurements':
        return { ...list, fields: list.fields.filter((f) => f.name !== 'GoalYear') };
      default:
        return list;
    }
  });
}

const EARLIER_LEVELS = { 'Trygg Rapportera': TRYGG_PERMISSION_LEVELS['Trygg Rapportera'] };

type Item = Record<string, unknown> & { Id: number };

describe('upgrading a Trygg site to the current schema', () => {
  let emulator: IRunningEmulator;
  let sp: SPFI;
  const before = new Map<string, Item[]>();

  beforeAll(async () => {
    const seed = regionExempel();
    emulator = await startEmulator({ port: 0, provision: false, seed: { ...seed, items: {} } });
    sp = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('admin.trygg') } });

    // The earlier shape, as provisioning made it then: no settings list, no recorded version.
    await provisionLists(sp, earlierLists(), { permissionLevels: EARLIER_LEVELS });
    await fill(sp);
    for (const list of earlierLists()) before.set(list.title, await allItems(sp, list.title));
  });

  afterAll(() => emulator.close());

  let upgrade: Awaited<ReturnType<typeof provisionSchema>>;
  const stepsOf = (action: IProvisioningStep['action']): string[] =>
    upgrade.steps.filter((s) => s.action === action).map((s) => `${s.list}${s.field ? `.${s.field}` : ''}`);

  it('tells a web part where the site stands, and who may bring it up to date', async () => {
    expect(await siteSchemaStatus(sp)).toEqual({ kind: 'behind', siteVersion: 0, codeVersion: TRYGG_SCHEMA_VERSION, canProvision: true });
    const member = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('anna.svensson') } });
    expect(await siteSchemaStatus(member)).toEqual({ kind: 'behind', siteVersion: 0, codeVersion: TRYGG_SCHEMA_VERSION, canProvision: false });
  });

  it('adds what the earlier shape lacked and reports each step', async () => {
    const printed: string[] = [];
    upgrade = await provisionSchema(sp, { onStep: (step) => printed.push(describeStep(step)) });
    expect(upgrade.fromVersion).toBe(0);
    expect(upgrade.toVersion).toBe(TRYGG_SCHEMA_VERSION);
    expect(printed).toEqual(upgrade.steps.map(describeStep));

    expect(upgrade.steps.filter((s) => s.action === 'createdPermissionLevel').map((s) => s.field)).toEqual(['Trygg Följa upp', 'Trygg Hitta listan']);
    const earlier = new Set(earlierLists().map((list) => list.title));
    expect(stepsOf('createdList')).toEqual(TRYGG_SCHEMA.lists.filter((list) => !earlier.has(list.title)).map((list) => list.title));
    expect(stepsOf('createdList')).toEqual(expect.arrayContaining(['TryggDokumentbeslut', 'TryggRemisser', 'TryggRemissvar', 'TryggLaskvittenser', settingsList.title]));
    const addedToExisting = stepsOf('addedField').filter((s) => earlier.has(s.split('.')[0]));
    expect(addedToExisting.sort()).toEqual([
      'TryggMatningar.GoalYear',
      'TryggRisker.GoverningDocumentId',
      'TryggRisker.ScanningEntryId',
      'TryggStyrandeDokument.AsksReadConfirmation',
      'TryggStyrandeDokument.RegisteredBy'
    ]);
    expect(upgrade.steps.filter((s) => s.action === 'migratedItems').map((s) => s.detail)).toEqual([
      'v8: AsksReadConfirmation from ReadAudience on published documents, their approval kept; a document with a version in work gets it when that version is approved (1 items)',
      "v9: GoalYear from the measurement's goal; a measurement whose goal is gone is left as it is (1 items)"
    ]);
    expect(upgrade.steps.filter((s) => s.action === 'updatedField').map((s) => `${s.list}.${s.field}: ${s.detail}`)).toEqual([
      'TryggEnheter.Department: indexed',
      'TryggAvvikelser.Status: choices + Avslutad, Avvisad',
      'TryggRiskmatris.MatrixVersion: unique'
    ]);
    expect(upgrade.steps.filter((s) => s.action === 'updatedList').map((s) => `${s.list}: ${s.detail}`)).toEqual([
      'TryggStyrandeDokument: EnableModeration, DraftVersionVisibility'
    ]);
    expect(stepsOf('addedRoleAssignment')).toContain('TryggEnheter.Säkerhetsfunktionen: Edit');
    expect(stepsOf('addedRoleAssignment').filter((s) => s.startsWith('TryggEnheter.'))).toEqual(['TryggEnheter.Säkerhetsfunktionen: Edit']);
    expect(stepsOf('skippedField')).toEqual([]);
    expect(stepsOf('recordedVersion')).toEqual([settingsList.title]);
  });

  it('keeps every item and every value', async () => {
    for (const [title, items] of before) {
      const now = await allItems(sp, title);
      expect(now.map((item) => item.Id)).toEqual(items.map((item) => item.Id));
      // The policy (v8) and a measurement (v9) were migrated: their values in a new version, saved by the one who upgraded.
      const saved = (item: Item): Item =>
        title === 'TryggStyrandeDokument' || title === 'TryggMatningar' ? { ...item, Modified: undefined, EditorId: undefined, OData__UIVersionString: undefined, 'odata.etag': undefined } : item;
      items.forEach((item, i) => expect(saved(now[i])).toMatchObject(saved(item)));
    }
    // Content approval switched on over existing documents: they count as approved, so readers still see them.
    const member = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('anna.svensson') } });
    const published: { DocumentNumber: string; OData__ModerationStatus: number }[] = await member.web.lists
      .getByTitle('TryggStyrandeDokument')
      .items.select('DocumentNumber', 'OData__ModerationStatus')();
    expect(published).toEqual([expect.objectContaining({ DocumentNumber: 'RX-POL-1', OData__ModerationStatus: 0 })]);
    // Its audience is found through the indexed marker, in the edition readers see, still approved.
    const asking: { DocumentNumber: string; OData__ModerationStatus: number; OData__UIVersionString: string }[] = await member.web.lists
      .getByTitle('TryggStyrandeDokument')
      .items.select('DocumentNumber', 'OData__ModerationStatus', 'OData__UIVersionString')
      .filter("DocumentStatus eq 'Publicerad' and AsksReadConfirmation eq 1")();
    // A version of its own, so the version before it (the Trygg function's approval, on a real site) keeps its editor and values.
    const earlierVersion = Number(before.get('TryggStyrandeDokument')![0].OData__UIVersionString);
    expect(asking).toEqual([expect.objectContaining({ DocumentNumber: 'RX-POL-1', OData__ModerationStatus: 0, OData__UIVersionString: `${earlierVersion + 1}.0` })]);
    expect(before.get('TryggEnheter')).toHaveLength(2);
    expect(before.get('TryggStyrandeDokument')).toHaveLength(1);
    // A measurement takes its goal's year (v9); one whose goal is gone is left as it was.
    const measurements: { GoalId: number; GoalYear: number | null }[] = await sp.web.lists.getByTitle('TryggMatningar').items.select('GoalId', 'GoalYear').orderBy('Id')();
    expect(measurements.map((m) => [m.GoalId, m.GoalYear])).toEqual([
      [before.get('TryggMal')![0].Id, 2026],
      [9999, null]
    ]);
  });

  it('leaves the site at the current schema, with its version recorded', async () => {
    for (const definition of TRYGG_SCHEMA.lists) {
      const list = sp.web.lists.getByTitle(definition.title);
      const settings: { EnableModeration: boolean; HasUniqueRoleAssignments: boolean } = await list.select('EnableModeration', 'HasUniqueRoleAssignments')();
      expect(settings.EnableModeration).toBe(!!definition.contentApproval);
      expect(settings.HasUniqueRoleAssignments).toBe(!!definition.roleAssignments);
      const fields: { InternalName: string; Indexed: boolean; EnforceUniqueValues: boolean; Required: boolean }[] = await list.fields.select(
        'InternalName',
        'Indexed',
        'EnforceUniqueValues',
        'Required'
      )();
      for (const field of definition.fields) {
        const stored = fields.filter((f) => f.InternalName === field.name)[0];
        expect({ list: definition.title, field: field.name, present: !!stored }).toEqual({ list: definition.title, field: field.name, present: true });
        expect(stored).toMatchObject({ Indexed: !!(field.indexed || field.unique), EnforceUniqueValues: !!field.unique, Required: !!field.required });
        if (field.choices) {
          const choices: { Choices: string[] } = await list.fields.getByInternalNameOrTitle(field.name).select('Choices')();
          expect(choices.Choices).toEqual(expect.arrayContaining([...field.choices]));
        }
      }
    }
    expect(await readSchemaVersion(sp)).toBe(TRYGG_SCHEMA_VERSION);
    expect(await siteSchemaStatus(sp)).toEqual({ kind: 'current', version: TRYGG_SCHEMA_VERSION });
  });

  it('changes nothing when run again', async () => {
    const again = await provisionSchema(sp);
    expect(again).toEqual({ fromVersion: TRYGG_SCHEMA_VERSION, toVersion: TRYGG_SCHEMA_VERSION, steps: [] });
  });

  describe('value migrations', () => {
    /** A made-up next version: units get a lower-case directory key, filled from Department. */
    const nextSchema: ITryggSchema = {
      ...TRYGG_SCHEMA,
      version: TRYGG_SCHEMA_VERSION + 1,
      lists: TRYGG_SCHEMA.lists.map((list) =>
        list.key === 'units' ? { ...list, fields: [...list.fields, { name: 'DepartmentKey', title: 'Avdelningsnyckel', type: 'Text', indexed: true, maxLength: 128 }] } : list
      )
    };
    const fillDepartmentKey: ISchemaMigration = {
      version: TRYGG_SCHEMA_VERSION + 1,
      list: 'TryggEnheter',
      description: 'DepartmentKey from Department',
      select: ['Department', 'DepartmentKey'],
      migrate: (item) => {
        if (typeof item.Department !== 'string' || item.DepartmentKey === item.Department.toLowerCase()) return undefined;
        return { DepartmentKey: item.Department.toLowerCase() };
      }
    };

    it('adds the field, migrates the values once and records the new version', async () => {
      const report = await provisionSchema(sp, { schema: nextSchema, migrations: [fillDepartmentKey] });
      expect(report.steps.map(describeStep)).toEqual([
        'addedField: TryggEnheter / DepartmentKey',
        `migratedItems: TryggEnheter (v${TRYGG_SCHEMA_VERSION + 1}: DepartmentKey from Department (2 items))`,
        `recordedVersion: TryggInstallningar (${TRYGG_SCHEMA_VERSION} → ${TRYGG_SCHEMA_VERSION + 1})`
      ]);
      const units: { Department: string; DepartmentKey: string }[] = await sp.web.lists.getByTitle('TryggEnheter').items.select('Department', 'DepartmentKey')();
      expect(units).toEqual([
        { Department: 'Region Exempel IT', DepartmentKey: 'region exempel it' },
        { Department: 'Akutmottagningen', DepartmentKey: 'akutmottagningen' }
      ].map((u) => expect.objectContaining(u)));

      expect((await provisionSchema(sp, { schema: nextSchema, migrations: [fillDepartmentKey] })).steps).toEqual([]);
    });

    it('skips the items a stopped run already migrated', async () => {
      const steps: IProvisioningStep[] = [];
      await runMigrations(sp, [fillDepartmentKey], TRYGG_SCHEMA_VERSION, TRYGG_SCHEMA_VERSION + 1, (step) => steps.push(step));
      expect(steps.map((s) => s.detail)).toEqual([`v${TRYGG_SCHEMA_VERSION + 1}: DepartmentKey from Department (0 items)`]);
    });

    it('refuses to provision an older package over a newer site', async () => {
      expect(await siteSchemaStatus(sp)).toEqual({ kind: 'ahead', siteVersion: TRYGG_SCHEMA_VERSION + 1, codeVersion: TRYGG_SCHEMA_VERSION });
      await expect(provisionSchema(sp)).rejects.toThrow(
        `The site is at Trygg schema version ${TRYGG_SCHEMA_VERSION + 1}, newer than this package's ${TRYGG_SCHEMA_VERSION}`
      );
    });
  });
});

/** Every item of a list, every field (oldest first). */
async function allItems(sp: SPFI, title: string): Promise<Item[]> {
  return sp.web.lists.getByTitle(title).items.orderBy('Id').top(5000)();
}

/** A few items in every kind of field, as the earlier version's users left them. */
async function fill(sp: SPFI): Promise<void> {
  const admin = (await sp.web.ensureUser(`i:0#.f|membership|${upn('admin.trygg')}`)).Id;
  const lists = sp.web.lists;
  const region = await lists.getByTitle('TryggEnheter').items.add({ Title: 'Region Exempel', UnitCode: 'RX', UnitLevel: 'Region', Department: 'Region Exempel IT', UnitManagerId: admin });
  const akuten = await lists.getByTitle('TryggEnheter').items.add({ Title: 'Akuten', UnitCode: 'RX-AKUT', UnitLevel: 'Enhet', ParentUnitId: region.Id, Department: 'Akutmottagningen', ManagerAbsent: true });
  await lists.getByTitle('TryggAvvikelser').items.add({
    Title: 'Dörr lämnad öppen',
    ClientRequestId: '7e57c0de-0000-4000-8000-00000000u001',
    Description: 'Personalingången stod öppen under natten.',
    OccurredAt: '2026-10-01T22:00:00Z',
    ReportedAt: '2026-10-02T07:00:00Z',
    UnitId: region.Id,
    ReporterId: admin,
    Status: 'Utreds',
    InvolvesPersonalData: false
  });
  await lists.getByTitle('TryggRiskmatris').items.add({ Title: '1', MatrixVersion: 1, MatrixJson: '{"size":4}' });
  await lists.getByTitle('TryggRiskmatris').items.add({ Title: '2', MatrixVersion: 2, MatrixJson: '{"size":5}' });
  await lists.getByTitle('TryggRisker').items.add({
    Title: 'Obehörigt tillträde',
    ClientRequestId: '7e57c0de-0000-4000-8000-00000000u002',
    UnitId: region.Id,
    SecurityArea: 'Skalskydd',
    MatrixVersion: 2,
    CurrentLikelihood: 3,
    CurrentConsequence: 4,
    CurrentScore: 12,
    CiaImpact: ['Tillgänglighet'],
    RiskStatus: RISK_STATUSES[0]
  });
  const goal = await lists.getByTitle('TryggMal').items.add({
    Title: 'Alla utbildade i brandskydd',
    ClientRequestId: '7e57c0de-0000-4000-8000-00000000u003',
    ScopeUnitId: akuten.Id,
    SecurityArea: 'Brandsäkerhet',
    GoalPriority: 'Hög',
    Indicator: 'Andel utbildade',
    UnitOfMeasure: '%',
    Baseline: 40,
    TargetValue: 100,
    GoalDirection: 'Högre är bättre',
    TargetDate: '2026-12-31T00:00:00Z',
    MeasurementFrequency: 'Kvartal',
    GoalYear: 2026
  });
  const measurements = lists.getByTitle('TryggMatningar').items;
  await measurements.add({ Title: 'Q1', ClientRequestId: '7e57c0de-0000-4000-8000-00000000u004', GoalId: goal.Id, MeasuredValue: 55, MeasuredOn: '2026-03-31T00:00:00Z' });
  await measurements.add({ Title: 'Q1', ClientRequestId: '7e57c0de-0000-4000-8000-00000000u005', GoalId: 9999, MeasuredValue: 10, MeasuredOn: '2026-03-31T00:00:00Z' });
  const folder = sp.web.getFolderByServerRelativePath(`/sites/trygg/TryggStyrandeDokument`);
  await folder.files.addUsingPath('Säkerhetspolicy.docx', 'Policytext', { Overwrite: false });
  const file = await sp.web.getFileByServerRelativePath('/sites/trygg/TryggStyrandeDokument/Säkerhetspolicy.docx').getItem<{ Id: number }>('Id');
  await lists.getByTitle('TryggStyrandeDokument').items.getById(file.Id).update({
    Title: 'Säkerhetspolicy',
    DocumentNumber: 'RX-POL-1',
    GoverningDocumentType: 'Policy',
    DocumentOwnerId: admin,
    InformationClass: 'Öppen',
    DocumentStatus: 'Publicerad',
    Edition: 1,
    ReadAudience: JSON.stringify({ unitIds: [akuten.Id], people: [] })
  });
}
