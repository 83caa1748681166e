/**
 * Region Exempel: the fictional region the emulator, the local workbench and the tests run on.
 * Deterministic: the same build every time (seeded PRNG, fixed reference time).
 */
import { ISeedData, ISeedItem } from './types';
import { protectedCasesSetup, withProtectedCases } from './protectedCases';
import { Random } from './random';
import { buildOrganisation } from './organisation';
import { createCaseContext } from './caseContext';
import { assignIds, CaseGenerator, ICaseRequest } from './cases';
import { PERSONAS } from './personas';
import { compiledStatistics } from './statistics';
import { buildRiskRegister, IRiskSeed } from './risks';
import { buildGoverningDocuments } from './documents';
import { buildPdsaSeed } from './pdsa';
import { formatCaseNumber } from '../../../src/domain/deviations/caseNumber';
import { SCHEMA_VERSION_SETTING, TRYGG_SCHEMA_VERSION } from '../../../src/schema/schemaVersion';

export { PERSONAS } from './personas';
export type { PersonaName, IPersonaSpec } from './personas';

export const REFERENCE_TIME = '2026-11-20T08:00:00.000Z';
export const REGION_SEED = 20261120;
/** Reports in the curated seed: the scripted ones below plus random ones. */
export const REGION_DEVIATION_COUNT = 150;

const P = PERSONAS;

/**
 * Cases the personas and tests rely on: each routing reason, each status, and the sensitive
 * cases the security function sees. Reporter keys starting with '@' name generated people
 * (see PLACEHOLDERS), whose keys depend on the name banks.
 */
const SCRIPTED: readonly ICaseRequest[] = [
  // anna.svensson → lars.holm ('Chef')
  { scenario: 'hot-besokare-akut', unitCode: 'RE-SJH-AKU', reporterKey: P.reporter.key, ageDays: 9, status: 'Utreds' },
  { scenario: 'brand-utrymning-blockerad', unitCode: 'RE-SJH-AKU', reporterKey: P.reporter.key, ageDays: 1, status: 'Ny' },
  { scenario: 'info-skarm-vantrum', unitCode: 'RE-SJH-AKU', reporterKey: P.reporter.key, ageDays: 5, status: 'Mottagen' },
  { scenario: 'it-natfiske', unitCode: 'RE-SJH-AKU', reporterKey: P.reporter.key, ageDays: 130, status: 'Avslutad' },
  { scenario: 'hot-patient-slag', unitCode: 'RE-SJH-AKU', ageDays: 48, status: 'Åtgärdas' },
  // sara.lind → johan.falk ('Ersättare')
  { scenario: 'brand-dorr-kil', unitCode: 'RE-SJH-ORT', reporterKey: P.reporterWithAbsentManager.key, ageDays: 2, status: 'Ny' },
  { scenario: 'tilltrade-lakemedelsrum', unitCode: 'RE-SJH-ORT', reporterKey: P.reporterWithAbsentManager.key, ageDays: 26, status: 'Åtgärdas' },
  { scenario: 'info-journal-papperskorg', unitCode: 'RE-SJH-ORT', reporterKey: P.reporterWithAbsentManager.key, ageDays: 64, status: 'Avslutad' },
  // olle.ek → IT's security coordinator ('Säkerhetssamordnare'); the Ny one is overdue
  { scenario: 'drift-serverrum-kyla', unitCode: 'RE-RS-ITD', reporterKey: P.reporterWithoutManager.key, ageDays: 38, status: 'Åtgärdas' },
  { scenario: 'it-okand-enhet', unitCode: 'RE-RS-ITD', reporterKey: P.reporterWithoutManager.key, ageDays: 6, status: 'Ny' },
  // The agency nurse has no manager in the directory → the hospital's coordinator maria.berg
  { scenario: 'tilltrade-obehorig-foljde-med', unitCode: 'RE-SJH-AKU', reporterKey: '@agency-nurse', ageDays: 7, status: 'Mottagen' },
  { scenario: 'info-journal-papperskorg', unitCode: 'RE-SJH-AKU', reporterKey: '@agency-nurse', ageDays: 44, status: 'Avslutad' },
  // No manager, and Kollektivtrafik has no coordinator → the region's coordinator ('Säkerhetssamordnare')
  { scenario: 'drift-telefoni-tlc', unitCode: 'RE-KT-TLC', reporterKey: '@tlc-new', ageDays: 12, status: 'Mottagen' },
  // A consultant whose department is no unit → the security function; the second one handed over
  { scenario: 'tilltrade-hantverkare-kulvert', unitCode: 'RE-RS-FDR', reporterKey: '@consultant', ageDays: 2, status: 'Ny' },
  { scenario: 'skal-lastkaj-oppen', unitCode: 'RE-RS-FOR', reporterKey: '@consultant', ageDays: 18, status: 'Utreds' },
  // Manager absent without a stand-in: the product still routes to the manager ('Chef')
  { scenario: 'hot-telefon-vc', unitCode: 'RE-PV-ASE', ageDays: 75, status: 'Avslutad' },
  { scenario: 'miljo-dieselspill', unitCode: 'RE-KT-DEP', ageDays: 95, status: 'Avslutad' },
  { scenario: 'eko-fakturabedrageri', unitCode: 'RE-RK-RED', ageDays: 140, status: 'Avslutad', escalate: true },
  { scenario: 'info-usb-borttappat', unitCode: 'RE-SJH-M21', ageDays: 20, status: 'Åtgärdas' },
  { scenario: 'transport-bar-lossnade', unitCode: 'RE-RS-TRP', ageDays: 150, status: 'Avslutad' },
  { scenario: 'tilltrade-forslag-vikarier', unitCode: 'RE-SJH-M21', ageDays: 180, status: 'Avslutad' },
  { scenario: 'tilltrade-passerkort-borta', unitCode: 'RE-SJH-IVA', ageDays: 15, status: 'Avvisad', rejectFrom: 'Mottagen' },
  { scenario: 'brand-larm-personalrum', unitCode: 'RE-RS-ITS', ageDays: 4, status: 'Avvisad', rejectFrom: 'Ny' },
  { scenario: 'skal-grind-depa', unitCode: 'RE-KT-DEP', ageDays: 3, status: 'Ny' }
];

/** The fixed 'units' items, people and groups, without any cases. */
export function buildRegionOrganisation(): ReturnType<typeof buildOrganisation> {
  return buildOrganisation(REGION_SEED);
}

export function buildRegionExempel(): ISeedData {
  const { organisation, deviations, actions } = buildRegionCases();
  const cases = withProtectedCases(deviations, actions);
  return {
    referenceTime: REFERENCE_TIME,
    people: organisation.people,
    groups: organisation.groups,
    ...protectedCasesSetup(),
    // The region's figures as the nightly compilation leaves them, so everyone sees them from the start.
    items: {
      units: organisation.units,
      // The site records the schema it was provisioned at, as provisionSchema leaves it: a web part's error is then never taken for a missing setup.
      settings: [{ Id: 1, values: { Title: 'Schemaversion', SettingKey: SCHEMA_VERSION_SETTING, SettingValue: String(TRYGG_SCHEMA_VERSION) } }],
      ...cases,
      deviationAggregate: compiledStatistics(cases, REFERENCE_TIME),
      ...riskRegister(organisation.units, cases.deviations),
      // Policy → strategi → riktlinjer → instruktioner, with their decisions, a remiss and read confirmations.
      ...buildGoverningDocuments({ referenceTime: REFERENCE_TIME, people: organisation.people, units: organisation.units }),
      // Two years of goals and measurements, exercises, self-assessments and PDSA comments (issue #14).
      ...buildPdsaSeed({ referenceTime: REFERENCE_TIME, units: organisation.units })
    }
  };
}

/** The risk register on the organisation, linking some risks to the open cases they came from. */
function riskRegister(units: readonly ISeedItem[], deviations: readonly ISeedItem[]): IRiskSeed {
  const unit = (code: string): ISeedItem => {
    const found = units.filter((item) => item.values.UnitCode === code)[0];
    if (!found) throw new Error(`The risk seed names an unknown unit ${code}`);
    return found;
  };
  return buildRiskRegister({
    referenceTime: REFERENCE_TIME,
    unitIdOf: (code) => unit(code).Id,
    managerOf: (code) => String(unit(code).values.UnitManager),
    caseNumberFor: (code, area) => {
      const raised = deviations.filter((item) => item.values.Unit === unit(code).Id && item.values.SecurityArea === area)[0];
      return raised ? formatCaseNumber(raised.Id, String(raised.values.ReportedAt || raised.Created)) : undefined;
    }
  });
}

/** The region's cases before the sensitive ones are moved to the protected lists (ids in report order). */
export function buildRegionCases(): { organisation: ReturnType<typeof buildOrganisation>; deviations: ISeedItem[]; actions: ISeedItem[] } {
  const organisation = buildRegionOrganisation();
  const ctx = createCaseContext(organisation.units, organisation.people, REFERENCE_TIME);
  const generator = new CaseGenerator(ctx, new Random(REGION_SEED + 1), 'region-exempel');
  const placeholders: Record<string, string> = {
    '@tlc-new': organisation.people.filter((p) => p.department.indexOf('Trafikledningscentralen') === 0 && !p.managerKey)[0].key,
    '@consultant': organisation.people.filter((p) => p.department === 'Extern konsult')[0].key,
    '@agency-nurse': organisation.people.filter((p) => p.jobTitle === 'Sjuksköterska (bemanningsföretag)')[0].key
  };
  const drafts = SCRIPTED.map((request, index) => {
    const reporterKey = request.reporterKey && placeholders[request.reporterKey];
    return generator.generate(index, reporterKey ? { ...request, reporterKey } : request);
  });
  for (let index = SCRIPTED.length; index < REGION_DEVIATION_COUNT; index++) {
    drafts.push(generator.generate(index));
  }
  return { organisation, ...assignIds(drafts, 1, 1) };
}
