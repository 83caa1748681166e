/**
 * Region Exempel's risk register: risks across the ten security areas and several units, written by
 * their units' managers on the default 4×4 matrix, some treated, some accepted (one lapsed, one
 * awaiting a decision), a few linked to seeded deviations. Decisions are the Trygg function's items,
 * as in production. Deterministic: dates are relative to the seed's reference time.
 */
import { DEFAULT_RISK_MATRIX, scored } from '../../../src/domain/risks/matrix';
import { reviewIntervalFor } from '../../../src/domain/risks/review';
import { IAssessment } from '../../../src/domain/risks/types';
import { RiskSource, RiskStatus, RiskTreatment } from '../../../src/domain/risks/vocabulary';
import { SecurityArea } from '../../../src/domain/securityAreas';
import { PROTECTED_CASES_APP } from './protectedCases';
import { PERSONAS } from './personas';
import { ISeedItem, SeedValue } from './types';
import { Random } from './random';

const DAY_MS = 24 * 60 * 60 * 1000;

interface IRiskSpec {
  readonly title: string;
  readonly area: SecurityArea;
  readonly unitCode: string;
  readonly cause: string;
  readonly event: string;
  readonly consequence: string;
  readonly source: RiskSource;
  readonly assessments: readonly [IAssessment, IAssessment, IAssessment];
  readonly treatment?: RiskTreatment;
  readonly status: RiskStatus;
  /** Days from the reference time to the next review (negative: overdue). */
  readonly reviewInDays: number;
  readonly acceptance?: 'granted' | 'lapsed' | 'requested';
  readonly actions?: readonly { readonly title: string; readonly dueInDays: number; readonly done?: boolean; readonly cost?: number }[];
  readonly cia?: readonly string[];
  /** Raised from a seeded deviation of the same unit and area. */
  readonly fromCase?: boolean;
}

const a = (likelihood: number, consequence: number): IAssessment => ({ likelihood, consequence });

const SPECS: readonly IRiskSpec[] = [
  { title: 'Hot från anhöriga i akutens väntrum', area: 'Hot och våld', unitCode: 'RE-SJH-AKU', cause: 'Långa väntetider och oro hos anhöriga', event: 'En anhörig hotar eller angriper personal', consequence: 'Personal skadas eller blir sjukskriven; patienter får vänta längre', source: 'Avvikelse', assessments: [a(4, 3), a(3, 3), a(2, 2)], treatment: 'Reducera', status: 'Under åtgärd', reviewInDays: 40, actions: [{ title: 'Larmknappar i alla behandlingsrum', dueInDays: 20, cost: 85000 }, { title: 'Utbildning i hotfulla situationer för all personal', dueInDays: -5 }], fromCase: true },
  { title: 'Blockerade utrymningsvägar vid hög beläggning', area: 'Brandsäkerhet', unitCode: 'RE-SJH-AKU', cause: 'Sängar ställs i korridoren när platserna är slut', event: 'Utrymning hindras vid brand', consequence: 'Personer kan inte ta sig ut i tid', source: 'Skyddsrond', assessments: [a(3, 4), a(3, 4), a(1, 4)], treatment: 'Reducera', status: 'Under åtgärd', reviewInDays: 15, actions: [{ title: 'Märk upp uppställningsplatser för sängar', dueInDays: 10 }] },
  { title: 'Obehöriga i läkemedelsrummet', area: 'Tillträdesskydd', unitCode: 'RE-SJH-ORT', cause: 'Dörren hålls öppen under ronden', event: 'Läkemedel tas av obehöriga', consequence: 'Narkotikaklassade läkemedel försvinner; patientsäkerheten hotas', source: 'Avvikelse', assessments: [a(3, 3), a(2, 3), a(1, 3)], treatment: 'Reducera', status: 'Bedömd', reviewInDays: 120, fromCase: true },
  { title: 'Journaluppgifter på utskrifter i allmänna papperskorgar', area: 'Informationssäkerhet', unitCode: 'RE-SJH-ORT', cause: 'Sekretessbehållare saknas nära skrivarna', event: 'Utskrifter med patientuppgifter hamnar i fel avfall', consequence: 'Röjda patientuppgifter och anmälan till IMY', source: 'Avvikelse', assessments: [a(3, 3), a(2, 2), a(1, 2)], treatment: 'Reducera', status: 'Bedömd', reviewInDays: 200, cia: ['Konfidentialitet'] },
  { title: 'Kylan i serverrummet räcker inte sommartid', area: 'Driftsäkerhet', unitCode: 'RE-RS-ITD', cause: 'Kylaggregatet är underdimensionerat för dagens utrustning', event: 'Servrar stängs av vid överhettning', consequence: 'Journalsystem och telefoni ligger nere i timmar', source: 'Avvikelse', assessments: [a(3, 4), a(3, 3), a(1, 3)], treatment: 'Reducera', status: 'Under åtgärd', reviewInDays: 60, actions: [{ title: 'Upphandla reservkyla', dueInDays: 45, cost: 420000 }, { title: 'Temperaturlarm till driftjouren', dueInDays: -20, done: true }] },
  { title: 'Nätfiske mot medarbetares konton', area: 'IT-säkerhet', unitCode: 'RE-RS-ITD', cause: 'Trovärdiga bluffmejl i regionens namn', event: 'En medarbetare lämnar ut sina inloggningsuppgifter', consequence: 'Intrång i e-post och journal; utpressning', source: 'Omvärldsbevakning', assessments: [a(4, 4), a(3, 3), a(2, 3)], treatment: 'Reducera', status: 'Under åtgärd', reviewInDays: 30, cia: ['Konfidentialitet', 'Riktighet', 'Tillgänglighet'], actions: [{ title: 'Tvåfaktorsinloggning för alla konton', dueInDays: 60, cost: 150000 }] },
  { title: 'Okända enheter på vårdnätet', area: 'IT-säkerhet', unitCode: 'RE-RS-ITS', cause: 'Nätuttag i väntrum är aktiva', event: 'En obehörig kopplar in utrustning', consequence: 'Skadlig kod sprids i vårdnätet', source: 'Revision', assessments: [a(2, 4), a(2, 3), a(1, 3)], treatment: 'Reducera', status: 'Bedömd', reviewInDays: 90, cia: ['Riktighet', 'Tillgänglighet'] },
  { title: 'Fakturabedrägerier med ändrade kontouppgifter', area: 'Ekonomisk säkerhet', unitCode: 'RE-RK-RED', cause: 'Leverantörers kontobyten kontrolleras inte per telefon', event: 'En betalning går till bedragare', consequence: 'Förlorade medel och förtroende', source: 'Avvikelse', assessments: [a(3, 3), a(2, 3), a(1, 3)], treatment: 'Reducera', status: 'Bedömd', reviewInDays: -10 },
  { title: 'Dubbelbetalning av leverantörsfakturor', area: 'Ekonomisk säkerhet', unitCode: 'RE-RK-RED', cause: 'Samma faktura kommer både på papper och e-faktura', event: 'Fakturan betalas två gånger', consequence: 'Mindre ekonomisk förlust och merarbete', source: 'Revision', assessments: [a(2, 2), a(2, 1), a(2, 1)], treatment: 'Acceptera', status: 'Accepterad', reviewInDays: 300, acceptance: 'granted' },
  { title: 'Lastkajens port står öppen kvällstid', area: 'Skalskydd', unitCode: 'RE-RS-FOR', cause: 'Sena leveranser utan bevakning', event: 'Obehöriga tar sig in i förrådet', consequence: 'Stöld av sjukvårdsmaterial', source: 'Avvikelse', assessments: [a(3, 2), a(2, 2), a(2, 2)], treatment: 'Acceptera', status: 'Accepterad', reviewInDays: 100, acceptance: 'lapsed' },
  { title: 'Grinden till depån går inte att låsa', area: 'Skalskydd', unitCode: 'RE-KT-DEP', cause: 'Trasigt låshus sedan i våras', event: 'Obehöriga kommer in på depåområdet', consequence: 'Skadegörelse på bussar och stölder', source: 'Skyddsrond', assessments: [a(3, 3), a(3, 2), a(1, 2)], treatment: 'Reducera', status: 'Under åtgärd', reviewInDays: 20, actions: [{ title: 'Byt låshus och passersystem på grinden', dueInDays: -3 }] },
  { title: 'Dieselspill vid tankning på depån', area: 'Yttre miljösäkerhet', unitCode: 'RE-KT-DEP', cause: 'Tankpistolen saknar automatisk avstängning', event: 'Diesel rinner ut i dagvattnet', consequence: 'Miljöskada och sanering', source: 'Avvikelse', assessments: [a(2, 3), a(2, 2), a(1, 2)], treatment: 'Reducera', status: 'Bedömd', reviewInDays: 150 },
  { title: 'Lastsäkring vid transporter mellan sjukhus och vårdcentraler', area: 'Transportsäkerhet', unitCode: 'RE-RS-TRP', cause: 'Spännband saknas i flera bilar', event: 'Last lossnar under färd', consequence: 'Trafikolycka eller skadat gods', source: 'Avvikelse', assessments: [a(2, 3), a(2, 2), a(1, 2)], treatment: 'Acceptera', status: 'Bedömd', reviewInDays: 80, acceptance: 'requested' },
  { title: 'Trafikledningen utan telefoni vid avbrott', area: 'Driftsäkerhet', unitCode: 'RE-KT-TLC', cause: 'En enda operatör för telefoni', event: 'Telefonin faller bort', consequence: 'Förare når inte trafikledningen vid olyckor', source: 'Riskanalys', assessments: [a(2, 4), a(2, 3), a(1, 3)], treatment: 'Dela', status: 'Bedömd', reviewInDays: 45 },
  { title: 'Hotfulla samtal till vårdcentralens växel', area: 'Hot och våld', unitCode: 'RE-PV-ASE', cause: 'Missnöje med beslut om sjukskrivning', event: 'Personal hotas per telefon', consequence: 'Otrygghet och sjukfrånvaro', source: 'Avvikelse', assessments: [a(3, 2), a(2, 2), a(2, 1)], treatment: 'Reducera', status: 'Bedömd', reviewInDays: 70 },
  { title: 'Brandlarm kopplas bort vid renovering', area: 'Brandsäkerhet', unitCode: 'RE-RS-FDR', cause: 'Entreprenörer kopplar bort detektorer utan att meddela', event: 'En brand upptäcks sent', consequence: 'Personskador och stora egendomsskador', source: 'Revision', assessments: [a(2, 4), a(2, 4), a(1, 4)], treatment: 'Reducera', status: 'Utkast', reviewInDays: 30 },
  { title: 'Vikarier får passerkort utan introduktion', area: 'Tillträdesskydd', unitCode: 'RE-SJH-M21', cause: 'Korten beställs innan introduktionen är klar', event: 'Kort används av fel person', consequence: 'Obehörigt tillträde till avdelningen', source: 'Avvikelse', assessments: [a(3, 2), a(2, 2), a(1, 2)], treatment: 'Reducera', status: 'Avslutad', reviewInDays: 400 },
  { title: 'Borttappade USB-minnen med patientlistor', area: 'Informationssäkerhet', unitCode: 'RE-SJH-M21', cause: 'Okrypterade minnen används för överrapportering', event: 'Ett minne tappas bort', consequence: 'Röjda patientuppgifter', source: 'Avvikelse', assessments: [a(3, 3), a(3, 3), a(1, 3)], treatment: 'Reducera', status: 'Under åtgärd', reviewInDays: -2, cia: ['Konfidentialitet'], fromCase: true, actions: [{ title: 'Stäng av USB-lagring på avdelningens datorer', dueInDays: 14 }] },
  { title: 'Våld mot personal i psykiatrisk heldygnsvård', area: 'Hot och våld', unitCode: 'RE-PSY-AVD3', cause: 'Patienter i akut skede och låg bemanning nattetid', event: 'En patient angriper personal', consequence: 'Allvarliga skador och sjukskrivning', source: 'Riskanalys', assessments: [a(4, 4), a(3, 4), a(2, 3)], treatment: 'Reducera', status: 'Under åtgärd', reviewInDays: 25, actions: [{ title: 'Bemanna med två nattsköterskor', dueInDays: 30, cost: 900000 }] },
  { title: 'Ambulanser utan reservkraft till medicinteknik', area: 'Driftsäkerhet', unitCode: 'RE-SJH-AMB', cause: 'Omformaren laddar inte när motorn är av', event: 'Utrustningen slocknar under längre uppdrag', consequence: 'Vård avbryts under transport', source: 'Skyddsrond', assessments: [a(2, 3), a(2, 3), a(1, 3)], treatment: 'Reducera', status: 'Bedömd', reviewInDays: 110 }
];

export interface IRiskSeed {
  readonly riskMatrix: ISeedItem[];
  readonly risks: ISeedItem[];
  readonly riskActions: ISeedItem[];
  readonly riskDecisions: ISeedItem[];
  readonly scanning: ISeedItem[];
}

const iso = (ms: number): string => new Date(ms).toISOString();
const day = (ms: number): string => `${iso(ms).slice(0, 10)}T00:00:00.000Z`;

/** How the register finds the organisation and the cases it refers to. */
export interface IRiskSeedContext {
  readonly referenceTime: string;
  unitIdOf(code: string): number;
  /** Person key of a unit's manager. */
  managerOf(code: string): string;
  /** A seeded open case's number in the unit and area, if there is one. */
  caseNumberFor(unitCode: string, area: SecurityArea): string | undefined;
}

interface IScanningSpec {
  readonly title: string;
  readonly source: string;
  readonly url?: string;
  readonly daysAgo: number;
  readonly summary: string;
  readonly areas: readonly SecurityArea[];
  readonly unitCodes: readonly string[];
  /** Titles of the seeded risks raised or updated from it. */
  readonly risks: readonly string[];
}

/** Region Exempel's omvärldsbevakning: invented entries in the style of real advisories, no quotes. */
const SCANNING: readonly IScanningSpec[] = [
  {
    title: 'Ökat nätfiske mot vårdens medarbetare',
    source: 'CERT-SE',
    url: 'https://www.cert.se/',
    daysAgo: 35,
    summary: 'Flera regioner rapporterar bluffmejl som liknar interna meddelanden om lön och schema och som leder till falska inloggningssidor. Se över skyddet för konton och påminn medarbetarna om hur man rapporterar misstänkta mejl.',
    areas: ['IT-säkerhet', 'Informationssäkerhet'],
    unitCodes: [],
    risks: ['Nätfiske mot medarbetares konton']
  },
  {
    title: 'Fler hot mot personal på akutmottagningar i länet',
    source: 'Polisen, lokalpolisområdet',
    daysAgo: 20,
    summary: 'Polisen ser fler hot och våldsincidenter mot personal på akutmottagningar kvällar och helger, ofta från anhöriga. Rekommendationen är tydliga rutiner för larm och samverkan med väktare.',
    areas: ['Hot och våld'],
    unitCodes: ['RE-SJH-AKU'],
    risks: ['Hot från anhöriga i akutens väntrum']
  },
  {
    title: 'Sårbarhet i fjärråtkomst hos en leverantör',
    source: 'Leverantörens säkerhetsmeddelande',
    daysAgo: 6,
    summary: 'Leverantören av fjärråtkomstlösningen meddelar en sårbarhet som kan ge obehörig åtkomst. En rättning finns; tills den är installerad bör åtkomsten begränsas.',
    areas: ['IT-säkerhet', 'Driftsäkerhet'],
    unitCodes: ['RE-RS-ITD'],
    risks: []
  },
  {
    title: 'Risk för långvariga elavbrott under vintern',
    source: 'MSB',
    url: 'https://www.msb.se/',
    daysAgo: 50,
    summary: 'Inför vintern påminner myndigheten om att verksamheter bör pröva reservkraft och planera för elavbrott som varar mer än ett dygn.',
    areas: ['Driftsäkerhet'],
    unitCodes: [],
    risks: []
  }
];

export function buildRiskRegister(context: IRiskSeedContext): IRiskSeed {
  const { referenceTime, unitIdOf, managerOf } = context;
  const reference = Date.parse(referenceTime);
  const matrix = DEFAULT_RISK_MATRIX;
  const risks: ISeedItem[] = [];
  const riskActions: ISeedItem[] = [];
  const riskDecisions: ISeedItem[] = [];
  SPECS.forEach((spec, index) => {
    const id = index + 1;
    const owner = managerOf(spec.unitCode);
    const [inherent, current, target] = spec.assessments;
    const level = scored(matrix, current);
    const created = reference - (200 - index * 7) * DAY_MS;
    const values: Record<string, SeedValue> = {
      Title: spec.title,
      ClientRequestId: `seed-risk-${id}`,
      Unit: unitIdOf(spec.unitCode),
      SecurityArea: spec.area,
      Cause: spec.cause,
      RiskEvent: spec.event,
      ConsequenceDescription: spec.consequence,
      RiskSource: spec.source,
      CiaImpact: spec.cia ? [...spec.cia] : undefined,
      InherentLikelihood: inherent.likelihood,
      InherentConsequence: inherent.consequence,
      CurrentLikelihood: current.likelihood,
      CurrentConsequence: current.consequence,
      TargetLikelihood: target.likelihood,
      TargetConsequence: target.consequence,
      CurrentScore: level ? level.score : undefined,
      CurrentLevel: level ? level.levelKey : undefined,
      CurrentAssessedAt: iso(created + DAY_MS),
      MatrixVersion: matrix.version,
      Treatment: spec.treatment,
      RiskOwner: owner,
      // The level's cadence: a high risk is looked at more often.
      ReviewIntervalMonths: reviewIntervalFor(matrix, current),
      NextReviewAt: day(reference + spec.reviewInDays * DAY_MS),
      RiskStatus: spec.status,
      LinkedCases: linked(spec, context)
    };
    risks.push({ Id: id, Author: owner, Created: iso(created), Modified: iso(created + DAY_MS), values });
    for (const action of spec.actions || []) {
      const due = reference + action.dueInDays * DAY_MS;
      riskActions.push({
        Id: riskActions.length + 1,
        Author: owner,
        Created: iso(created + 2 * DAY_MS),
        values: { Title: action.title, Risk: id, ActionOwner: owner, DueDate: day(due), CostEstimate: action.cost, ActionStatus: action.done ? 'Klar' : 'Pågår', CompletedAt: action.done ? iso(due - DAY_MS) : undefined }
      });
    }
    if (spec.acceptance) riskDecisions.push(decision(riskDecisions.length + 1, id, spec, owner, reference, created));
  });
  const riskMatrix: ISeedItem[] = [{ Id: 1, Author: PERSONAS.securityFunction.key, values: { Title: 'Version 1', MatrixVersion: 1, MatrixJson: JSON.stringify(matrix) } }];
  const scanning = SCANNING.map((entry, index) => scanningItem(index + 1, entry, context, reference));
  // A risk raised or updated from an entry keeps the link (the entry lists its risks by it).
  SCANNING.forEach((entry, index) => {
    for (const title of entry.risks) {
      const risk = risks.filter((item) => item.values.Title === title)[0];
      if (!risk) throw new Error(`The scanning seed names an unknown risk: ${title}`);
      (risk.values as Record<string, SeedValue>).ScanningEntryId = index + 1;
    }
  });
  return { riskMatrix, risks, riskActions, riskDecisions, scanning };
}

function scanningItem(id: number, entry: IScanningSpec, context: IRiskSeedContext, reference: number): ISeedItem {
  const observed = reference - entry.daysAgo * DAY_MS;
  return {
    Id: id,
    Author: PERSONAS.securityFunction.key,
    Created: iso(observed + DAY_MS),
    values: {
      Title: entry.title,
      ClientRequestId: `seed-scanning-${id}`,
      ScanningSource: entry.source,
      SourceUrl: entry.url,
      ObservedOn: day(observed),
      Summary: entry.summary,
      SecurityAreas: [...entry.areas],
      AffectedUnits: JSON.stringify(entry.unitCodes.map((code) => context.unitIdOf(code)))
    }
  };
}

function linked(spec: IRiskSpec, context: IRiskSeedContext): string | undefined {
  const caseNumber = spec.fromCase ? context.caseNumberFor(spec.unitCode, spec.area) : undefined;
  return caseNumber ? JSON.stringify([caseNumber]) : undefined;
}

/** A request, or a decision by the security function (which may decide at any level). */
function decision(id: number, riskId: number, spec: IRiskSpec, owner: string, reference: number, created: number): ISeedItem {
  const requestedAt = iso(created + 10 * DAY_MS);
  const base: Record<string, SeedValue> = { Risk: riskId, RequestedBy: owner, RequestedAt: requestedAt, RequestNote: 'Kostnaden för fler åtgärder står inte i proportion till risken.' };
  if (spec.acceptance === 'requested') return { Id: id, AuthorApp: PROTECTED_CASES_APP.clientId, Created: requestedAt, values: { ...base, AcceptanceState: 'Begärd' } };
  // The lapsed one expired ten days before the reference time; the granted one holds for a year.
  const expires = spec.acceptance === 'lapsed' ? reference - 10 * DAY_MS : reference + 365 * DAY_MS;
  const [, current] = spec.assessments;
  return {
    Id: id,
    AuthorApp: PROTECTED_CASES_APP.clientId,
    Created: requestedAt,
    values: {
      ...base,
      AcceptanceState: 'Beviljad',
      DecidedBy: PERSONAS.securityFunction.key,
      DecidedAt: iso(created + 12 * DAY_MS),
      Rationale: 'Restrisken ligger inom riskaptiten; följs upp vid nästa översyn.',
      ExpiresAt: day(expires),
      AcceptedLikelihood: current.likelihood,
      AcceptedConsequence: current.consequence,
      AcceptedMatrixVersion: 1
    }
  };
}

/**
 * `count` risks for scale tests and benchmarks: the curated ones' texts spread over every unit that
 * has a manager, with assessments drawn on the matrix, deterministic. No actions or decisions.
 */
export function generateScaleRisks(count: number, units: readonly ISeedItem[], referenceTime: string, seed = 1): ISeedItem[] {
  const random = new Random(seed);
  const managed = units.filter((unit) => !!unit.values.UnitManager);
  const reference = Date.parse(referenceTime);
  const statuses: readonly RiskStatus[] = ['Utkast', 'Bedömd', 'Bedömd', 'Under åtgärd', 'Under åtgärd', 'Accepterad', 'Avslutad'];
  const items: ISeedItem[] = [];
  for (let index = 0; index < count; index++) {
    const spec = SPECS[index % SPECS.length];
    const unit = managed[random.int(0, managed.length - 1)];
    const current = a(random.int(1, 4), random.int(1, 4));
    const level = scored(DEFAULT_RISK_MATRIX, current);
    items.push({
      Id: index + 1,
      Author: String(unit.values.UnitManager),
      Created: iso(reference - random.int(1, 700) * DAY_MS),
      values: {
        Title: `${spec.title} (${index + 1})`,
        ClientRequestId: `scale-risk-${seed}-${index + 1}`,
        Unit: unit.Id,
        SecurityArea: spec.area,
        Cause: spec.cause,
        CurrentLikelihood: current.likelihood,
        CurrentConsequence: current.consequence,
        CurrentScore: level ? level.score : undefined,
        CurrentLevel: level ? level.levelKey : undefined,
        MatrixVersion: 1,
        RiskOwner: String(unit.values.UnitManager),
        NextReviewAt: day(reference + random.int(-60, 400) * DAY_MS),
        RiskStatus: statuses[random.int(0, statuses.length - 1)]
      }
    });
  }
  return items;
}
