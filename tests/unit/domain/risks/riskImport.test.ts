import { IOrganisationUnit } from '../../../../src/domain/organisation';
import { DEFAULT_RISK_MATRIX, matrixPreset } from '../../../../src/domain/risks/matrix';
import {
  changedFields,
  ColumnMapping,
  IImportContext,
  IImportRow,
  LevelMapping,
  levelLabels,
  missingColumns,
  previewImport,
  RISK_COLUMNS,
  suggestColumnMapping,
  suggestLevelMapping,
  unitLabel
} from '../../../../src/domain/risks/riskImport';
import { IRisk } from '../../../../src/domain/risks/types';
import { day, now, owner, risk, unitManager, units } from './fixtures';

const HEADERS = ['Risknummer', 'Risk', 'Enhet', 'Säkerhetsområde', 'Nuvarande: sannolikhet', 'Nuvarande: konsekvens', 'Mål: sannolikhet', 'Mål: konsekvens', 'Riskägare', 'Nästa översyn', 'Påverkar (KRT)', 'Översynsintervall (månader)', 'Källa'];
const mapping = suggestColumnMapping(HEADERS);
const levels: LevelMapping = { likelihood: { '1': 1, '2': 2, '3': 3, '4': 4 }, consequence: { '1': 1, '2': 2, '3': 3, '4': 4 } };

/** A row in HEADERS' order from the values given by header. */
function row(values: Partial<Record<string, string>>, rowNumber = 2): IImportRow {
  return { rowNumber, cells: HEADERS.map((header) => values[header] || '') };
}

const valid = { Risk: 'Brand i kulverten', Enhet: 'Akutmottagningen', Säkerhetsområde: 'Brandsäkerhet' };

function context(changes: Partial<IImportContext> = {}): IImportContext {
  return { matrix: DEFAULT_RISK_MATRIX, units, now, existing: new Map([[risk.id, risk] as [number, IRisk]]), knownPeople: new Set([owner.email, unitManager.email]), ...changes };
}

const preview = (rows: IImportRow[], ctx: IImportContext = context(), map: ColumnMapping = mapping): ReturnType<typeof previewImport> => previewImport(rows, map, levels, ctx);
const one = (values: Partial<Record<string, string>>, ctx?: IImportContext): ReturnType<typeof previewImport>['rows'][number] => preview([row(values)], ctx).rows[0];

describe('column mapping', () => {
  it("maps the export's own headers, every column once", () => {
    const all = suggestColumnMapping(RISK_COLUMNS.map((column) => column.header));
    expect(all).toEqual(Object.fromEntries(RISK_COLUMNS.map((column, i) => [column.key, i])));
  });

  it('takes Swedish and English names, whatever their case, spaces and punctuation', () => {
    expect(suggestColumnMapping(['  RISK NUMBER ', 'Title', 'unit', 'Security area', 'Likelihood', 'Impact', 'Risk owner', 'Next review'])).toEqual({
      riskNumber: 0, title: 1, unit: 2, area: 3, currentLikelihood: 4, currentConsequence: 5, owner: 6, nextReviewAt: 7
    });
    expect(suggestColumnMapping(['titel', 'ENHET', 'säkerhets område', 'sannolikhet', 'konsekvens', 'Sarbarhet'])).toEqual({
      title: 0, unit: 1, area: 2, currentLikelihood: 3, currentConsequence: 4, vulnerability: 5
    });
  });

  it("lets the description keep its own header when the level column is called 'Konsekvens'", () => {
    expect(suggestColumnMapping(['Konsekvens', 'Konsekvens (beskrivning)'])).toEqual({ currentConsequence: 0, consequenceDescription: 1 });
  });

  it('leaves unknown headers out and the second of two equal headers unused', () => {
    expect(suggestColumnMapping(['Nr', 'Risk', 'Risk', 'Kommentar'])).toEqual({ title: 1 });
  });

  it('names the required columns a mapping lacks', () => {
    expect(missingColumns({ title: 0 })).toEqual(['area', 'unit']);
    expect(missingColumns(mapping)).toEqual([]);
  });
});

describe('level mapping', () => {
  it('places numbers, numbered labels and step names on their own axis', () => {
    const suggested = suggestLevelMapping({ likelihood: ['3', '2 – Osannolik', 'Sannolik', ' mycket  OSANNOLIK '], consequence: ['Allvarlig', '7', '0'] }, DEFAULT_RISK_MATRIX);
    expect(suggested).toEqual({ likelihood: { '3': 3, '2 – osannolik': 2, sannolik: 4, 'mycket osannolik': 1 }, consequence: { allvarlig: 4, '7': undefined, '0': undefined } });
  });

  it('places ordinal words by their place on the shortest scale that holds them all', () => {
    expect(suggestLevelMapping({ likelihood: ['Låg', 'Medel', 'Hög'], consequence: ['Låg', 'Hög', 'Mycket hög'] }, DEFAULT_RISK_MATRIX)).toEqual({
      likelihood: { låg: 1, medel: 3, hög: 4 },
      consequence: { låg: 1, hög: 3, 'mycket hög': 4 }
    });
    expect(suggestLevelMapping({ likelihood: ['Very low', 'High'], consequence: [] }, matrixPreset('5x5')).likelihood).toEqual({ 'very low': 1, high: 4 });
  });

  it('suggests nothing for a label it cannot place', () => {
    expect(suggestLevelMapping({ likelihood: ['Kanske', 'Hög'], consequence: [] }, DEFAULT_RISK_MATRIX).likelihood).toEqual({ kanske: undefined, hög: undefined });
  });

  it("collects each axis's labels once, as first written", () => {
    const rows = [row({ 'Nuvarande: sannolikhet': 'Hög', 'Mål: sannolikhet': 'Låg', 'Nuvarande: konsekvens': '3' }), row({ 'Nuvarande: sannolikhet': ' hög ' })];
    expect(levelLabels(rows, mapping)).toEqual({ likelihood: ['Hög', 'Låg'], consequence: ['3'] });
  });
});

describe('a row as a new risk', () => {
  it('becomes a draft with the unit by name or code and the person by address', () => {
    const added = one({ ...valid, Enhet: 'akm', 'Nuvarande: sannolikhet': '3', 'Nuvarande: konsekvens': '2', Riskägare: 'Karin.Berg@RegionExempel.se', 'Nästa översyn': day(30), Källa: 'skyddsrond' });
    expect(added).toMatchObject({ rowNumber: 2, action: 'add', errors: {}, changes: [] });
    expect(added.existing).toBeUndefined();
    expect(added.draft).toEqual({ title: 'Brand i kulverten', unitId: 4, area: 'Brandsäkerhet', current: { likelihood: 3, consequence: 2 }, ownerEmail: owner.email, nextReviewAt: day(30), source: 'Skyddsrond' });
  });

  it('keeps text that starts like a formula as the text it is', () => {
    for (const text of ['=HYPERLINK("http://example.invalid")', '+46 8 123 45', '-5 grader', '@anna']) {
      expect(one({ ...valid, Risk: text })).toMatchObject({ action: 'add', draft: { title: text } });
    }
  });

  it('names each problem at its field', () => {
    const cases: [Partial<Record<string, string>>, Record<string, string>][] = [
      [{ Risk: '' }, { title: 'required' }],
      [{ Säkerhetsområde: 'Cybersäkerhet' }, { area: 'invalidChoice' }],
      [{ Enhet: 'Okänd' }, { unitId: 'unknownUnit' }],
      [{ Riskägare: 'karin.berg' }, { owner: 'invalidEmail' }],
      [{ Riskägare: 'ingen@regionexempel.se' }, { owner: 'unknownPerson' }],
      [{ 'Nuvarande: sannolikhet': 'Kanske', 'Nuvarande: konsekvens': '2' }, { current: 'unknownLevel' }],
      [{ 'Nuvarande: sannolikhet': '3' }, { current: 'incomplete' }],
      [{ 'Nuvarande: sannolikhet': '2', 'Nuvarande: konsekvens': '2', 'Mål: sannolikhet': '4', 'Mål: konsekvens': '4' }, { target: 'aboveCurrent' }],
      [{ 'Påverkar (KRT)': 'Konfidentialitet' }, { cia: 'notApplicable' }],
      [{ 'Påverkar (KRT)': 'Konfidentialitet, Spårbarhet', Säkerhetsområde: 'IT-säkerhet' }, { cia: 'invalidChoice' }],
      [{ 'Översynsintervall (månader)': 'varje år' }, { reviewIntervalMonths: 'invalidNumber' }],
      [{ 'Nästa översyn': '2027-02-30' }, { nextReviewAt: 'invalidDate' }],
      [{ 'Nästa översyn': day(-10) }, { nextReviewAt: 'inPast' }],
      [{ Risknummer: 'R-12' }, { riskNumber: 'invalidRiskNumber' }],
      [{ Risknummer: 'RISK-00999' }, { riskNumber: 'riskNotFound' }]
    ];
    for (const [values, errors] of cases) expect([values, one({ ...valid, ...values })]).toEqual([values, expect.objectContaining({ action: 'invalid', errors })]);
  });

  it('refuses a unit name two units share, and takes their codes', () => {
    const twins: IOrganisationUnit[] = [...units, { id: 6, title: 'Akutmottagningen', code: 'AKM2', level: 'Enhet', parentId: 5, managerAbsent: false }];
    expect(one(valid, context({ units: twins })).errors).toEqual({ unitId: 'ambiguousUnit' });
    expect(one({ ...valid, Enhet: 'AKM2' }, context({ units: twins })).draft.unitId).toBe(6);
    expect(unitLabel({ id: 6, title: 'Akutmottagningen' }, twins)).toBe('AKM2');
    expect(unitLabel({ id: 5, title: 'Ortopedin' }, twins)).toBe('Ortopedin');
  });

  it('refuses units the user may not add risks to', () => {
    expect(one(valid, context({ mayEdit: (unitId) => unitId !== 4 })).errors).toEqual({ unitId: 'notPermitted' });
  });

  it('checks addresses only for their shape when no directory answer is given', () => {
    expect(one({ ...valid, Riskägare: 'vem@som.helst.se' }, context({ knownPeople: undefined })).action).toBe('add');
  });
});

describe('a row with a risk number', () => {
  const stored = { Risknummer: 'RISK-00042' };

  it('updates the risk it names, with its ETag, and only what changed', () => {
    const updated = one({ ...stored, Risk: 'Obehöriga når läkemedelsrummet nattetid', 'Nuvarande: sannolikhet': '1' });
    expect(updated).toMatchObject({ action: 'update', existing: { id: 42, etag: '"1"' }, changes: ['title', 'current'] });
    expect(updated.errors).toEqual({});
    // Blank cells keep what is stored: an import never clears a field.
    expect(updated.draft).toMatchObject({ area: 'Tillträdesskydd', unitId: 4, current: { likelihood: 1, consequence: 2 }, ownerEmail: owner.email, treatment: 'Reducera' });
  });

  it("checks the whole risk after the change, as a person's save would", () => {
    // Current 3×2 is Hög, reviewed every 6 months: the stored 12-month interval no longer fits.
    expect(one({ ...stored, 'Nuvarande: sannolikhet': '3' }).errors).toEqual({ reviewIntervalMonths: 'longerThanCadence' });
  });

  it('is unchanged when it says what is stored, even with an overdue review and a stale owner', () => {
    const overdue: IRisk = { ...risk, nextReviewAt: `${day(-40)}T00:00:00.000Z` };
    const same = one(
      { ...stored, Risk: ` ${risk.title} `, Enhet: 'Akutmottagningen', Säkerhetsområde: 'Tillträdesskydd', 'Nuvarande: sannolikhet': '2', 'Nuvarande: konsekvens': '2', Riskägare: owner.email.toUpperCase(), 'Nästa översyn': day(-40) },
      context({ existing: new Map([[42, overdue]]), knownPeople: new Set() })
    );
    expect(same).toMatchObject({ action: 'unchanged', errors: {}, changes: [] });
  });

  it('refuses a changed assessment of a risk assessed on another matrix version, and leaves an unchanged one alone', () => {
    const older: IRisk = { ...risk, matrixVersion: 2 };
    const ctx = context({ existing: new Map([[42, older]]) });
    expect(one({ ...stored, 'Nuvarande: sannolikhet': '4' }, ctx).errors).toEqual({ current: 'matrixVersion' });
    expect(one({ ...stored, Risk: 'Ny rubrik', 'Nuvarande: sannolikhet': '2' }, ctx)).toMatchObject({ action: 'update', changes: ['title'], errors: {} });
  });

  it('refuses every row that names the same risk', () => {
    const result = preview([row({ ...stored, Risk: 'A' }, 2), row({ ...valid }, 3), row({ Risknummer: 'risk-42', Risk: 'B' }, 4)]);
    expect(result.rows.map((r) => [r.rowNumber, r.action, r.errors.riskNumber])).toEqual([
      [2, 'invalid', 'duplicateInFile'],
      [3, 'add', undefined],
      [4, 'invalid', 'duplicateInFile']
    ]);
    expect(result.summary).toEqual({ total: 3, add: 1, update: 0, unchanged: 0, invalid: 2 });
  });

  it('refuses a change to a risk the user may not edit, but not an unchanged row', () => {
    const ctx = context({ mayEdit: () => false });
    expect(one({ ...stored, Risk: 'Ny rubrik' }, ctx).errors).toEqual({ unitId: 'notPermitted' });
    expect(one(stored, ctx).action).toBe('unchanged');
  });
});

describe('changed fields', () => {
  it('compares as stored: trimmed text, lower-case addresses, days, sets of KRT', () => {
    const informationRisk: IRisk = { ...risk, area: 'Informationssäkerhet', cia: ['Riktighet', 'Konfidentialitet'] };
    const draft = { title: `${risk.title}\r\n`, area: 'Informationssäkerhet' as const, unitId: 4, cia: ['Konfidentialitet', 'Riktighet'] as const, inherent: risk.inherent, current: risk.current, target: risk.target, treatment: risk.treatment, ownerEmail: owner.email.toUpperCase(), reviewIntervalMonths: 12, nextReviewAt: day(200) };
    expect(changedFields({ ...draft, ownerEmail: owner.email }, informationRisk)).toEqual([]);
    expect(changedFields({ ...draft, ownerEmail: owner.email, nextReviewAt: day(201), cia: ['Riktighet'] }, informationRisk)).toEqual(['cia', 'nextReviewAt']);
  });
});
