/**
 * Region Exempel's governing documents (issue #13): the adopted policies and the strategy from the
 * project's seed texts, and riktlinjer and instruktioner under them across the ten security areas, in
 * every state the owner's queue, the approval queue and the readers meet. Written as the Trygg function
 * leaves them (its app is Author; decisions, consultation rounds and comments are its items), with
 * the permissions it sets. Deterministic: dates are days before or after the seed's reference time.
 *
 * Each document is a .docx (docx.ts) showing its header table and text, made once per process per
 * version. Published editions are kept in the version history with their own content; a version in
 * work (a revision, a remiss, an approval waiting for its day, a new draft) is pending, so readers keep
 * the published one. SEED_DOCUMENTS below is the table other tests rely on.
 */
import type { SecurityArea } from '../../../src/domain/securityAreas';
import { SECURITY_AREAS } from '../../../src/domain/securityAreas';
import type { DocumentDecisionKind, DocumentStatus, GoverningDocumentType, InformationClass } from '../../../src/domain/documents/vocabulary';
import { FIRST_SEEDED_PRINCIPAL_ID } from '../storage/database';
import { buildDocx, IDocxHeaderRow, textParagraphs } from './docx';
import { SKANE_POLICY_TEXT, SKANE_STRATEGY_TEXT, STOCKHOLM_POLICY_TEXT, WRITTEN_TEXTS } from './documentTexts';
import { PERSONAS } from './personas';
import { PROTECTED_CASES_APP } from './protectedCases';
import { ISeedItem, ISeedPerson, ISeedVersion, SeedValue } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a seeded document is, for tests and demos: one per document. */
export type SeedDocumentState =
  | 'published'
  | 'reviewDue'
  | 'reviewDueSoon'
  | 'reviewOverdue'
  | 'expired'
  | 'revisionInWork'
  | 'inConsultation'
  | 'approvedNotYetEffective'
  | 'withdrawn'
  | 'draftAwaitingApproval';

export interface ISeedDocumentSummary {
  readonly id: number;
  readonly number: string;
  readonly title: string;
  readonly type: GoverningDocumentType;
  /** The owner's person key. */
  readonly owner: string;
  /** What readers (and the owner's queue) meet; several for a document that is, say, overdue and expired. */
  readonly states: readonly SeedDocumentState[];
  /** The edition readers have (0: none). */
  readonly publishedEdition: number;
}

/** A published edition: when and by whom it was approved, how long it holds, and its text. */
interface IEdition {
  /** Days from the reference day (negative: before), or a fixed day (the imported Stockholm policy). */
  readonly approvedOn: number | string;
  readonly approvedByBody: string;
  readonly effectiveFrom?: number | string;
  readonly validUntil: number | string;
  /** The next review as the edition left it (later reviews may move it). */
  readonly nextReviewAt: number | string;
  readonly text: string;
}

type Owner = string | ((context: IDocumentSeedContext) => string);

interface IDocumentSpec {
  readonly id: number;
  readonly number: string;
  readonly title: string;
  readonly type: GoverningDocumentType;
  readonly owner: Owner;
  readonly informationClass: InformationClass;
  readonly areas: readonly SecurityArea[];
  readonly scopeUnitCode?: string;
  readonly supplementsId?: number;
  readonly parentId?: number;
  readonly reviewCycleMonths: number;
  readonly preparedBy?: string;
  /** Published editions, oldest first (none: a draft never approved). */
  readonly editions: readonly IEdition[];
  /** The version in work beside the published one, or the current state when nothing is in work. */
  readonly current:
    | { readonly kind: 'published' }
    | { readonly kind: 'withdrawn'; readonly proposedDay: number; readonly withdrawnDay: number }
    | { readonly kind: 'revision'; readonly text: string; readonly modifiedDay: number; readonly changesRequestedDay?: number }
    | { readonly kind: 'consultation'; readonly text: string; readonly modifiedDay: number }
    | { readonly kind: 'approvedNotYetEffective'; readonly text: string; readonly edition: IEdition }
    | { readonly kind: 'draft'; readonly text: string; readonly modifiedDay: number };
  readonly states: readonly SeedDocumentState[];
  /** Header values shown as the document was written, where they differ from the library's words. */
  readonly headerAsWritten?: { readonly type?: string; readonly informationClass?: string };
  readonly reviewedWithoutChange?: { readonly day: number; readonly nextReviewAt: number };
  readonly withdrawalProposed?: { readonly day: number; readonly note: string };
  readonly readAudience?: { readonly unitCodes: readonly string[]; readonly people: readonly string[] };
}

export interface IDocumentSeedContext {
  readonly referenceTime: string;
  readonly people: readonly ISeedPerson[];
  readonly units: readonly ISeedItem[];
}

export interface IDocumentSeed {
  readonly governingDocuments: ISeedItem[];
  readonly documentDecisions: ISeedItem[];
  readonly consultations: ISeedItem[];
  readonly consultationComments: ISeedItem[];
  readonly readConfirmations: ISeedItem[];
}

const P = PERSONAS;
const unitManager = (code: string): ((context: IDocumentSeedContext) => string) => (context: IDocumentSeedContext): string => {
  const unit = context.units.filter((u) => u.values.UnitCode === code)[0];
  if (!unit) throw new Error(`The document seed names an unknown unit ${code}`);
  return String(unit.values.UnitManager);
};
const withJobTitle = (jobTitle: string): ((context: IDocumentSeedContext) => string) => (context: IDocumentSeedContext): string => {
  const person = context.people.filter((p) => p.jobTitle === jobTitle)[0];
  if (!person) throw new Error(`The document seed needs a ${jobTitle} in the organisation`);
  return person.key;
};
/** The Fastighet förvaltning's fire safety coordinator, a document owner ('documentOwners'). */
const fireCoordinator = withJobTitle('Brandskyddssamordnare');

/**
 * The documents. Invented values (none of the seed texts carries them) are marked: the Skåne policy's and
 * strategy's numbers (from the numbering rule: POL-001, STR-001), approving bodies, dates, owners and
 * "Upprättad av"; everything about the riktlinjer and instruktioner. The Stockholm policy keeps the header
 * it was written with.
 */
const SPECS: readonly IDocumentSpec[] = [
  {
    // Region Skåne's policy text (seed text 004); the header values are invented for Region Exempel.
    id: 1,
    number: 'POL-001',
    title: 'Säkerhetspolicy',
    type: 'Policy',
    owner: P.securityFunction.key,
    informationClass: 'Öppen',
    areas: SECURITY_AREAS,
    reviewCycleMonths: 24,
    preparedBy: 'Peter Sjöberg, regional säkerhetschef',
    editions: [{ approvedOn: -525, approvedByBody: 'Regionfullmäktige', effectiveFrom: -510, validUntil: 205, nextReviewAt: 190, text: 'skanePolicy' }],
    current: { kind: 'published' },
    states: ['published']
  },
  {
    // Region Skåne's strategy text (seed text 002, OCR corrected); the header values are invented.
    id: 2,
    number: 'STR-001',
    title: 'Säkerhetsstrategi',
    type: 'Strategi',
    owner: P.securityFunction.key,
    informationClass: 'Öppen',
    areas: SECURITY_AREAS,
    parentId: 1,
    reviewCycleMonths: 24,
    preparedBy: 'Peter Sjöberg, regional säkerhetschef',
    editions: [{ approvedOn: -655, approvedByBody: 'Regionstyrelsen', effectiveFrom: -640, validUntil: 110, nextReviewAt: 75, text: 'skaneStrategy' }],
    current: { kind: 'published' },
    states: ['published', 'reviewDue']
  },
  {
    // Stockholms läns landsting's policy (seed text 003) with the header as written: valid to 2017-03-15,
    // so it shows as expired. Informationssäkerhetsklass K1 is SLL's lowest confidentiality class, whose
    // nearest among the library's classes (INFORMATION_CLASSES) is 'Öppen'; the document shows K1.
    id: 3,
    number: 'LS-S-665820',
    title: 'Policy för säkerhet',
    type: 'Policy',
    owner: P.securityFunction.key,
    informationClass: 'Öppen',
    areas: SECURITY_AREAS,
    reviewCycleMonths: 12,
    preparedBy: 'Andreas Heuer',
    editions: [{ approvedOn: '2016-03-15', approvedByBody: 'Landstingsfullmäktige', effectiveFrom: '2016-03-15', validUntil: '2017-03-15', nextReviewAt: '2017-03-15', text: 'stockholmPolicy' }],
    current: { kind: 'published' },
    states: ['published', 'reviewOverdue', 'expired'],
    headerAsWritten: { type: 'Styrande - Viljeinriktning', informationClass: 'K1' },
    withdrawalProposed: { day: -7, note: 'Ersatt av POL-001 Säkerhetspolicy; föreslås upphävd.' }
  },
  {
    id: 4,
    number: 'RL-001',
    title: 'Riktlinje för informationssäkerhet',
    type: 'Riktlinje',
    owner: P.documentOwner.key,
    informationClass: 'Intern',
    areas: ['Informationssäkerhet'],
    parentId: 2,
    reviewCycleMonths: 24,
    preparedBy: 'Helena Ask',
    editions: [
      { approvedOn: -800, approvedByBody: 'Regiondirektören', effectiveFrom: -790, validUntil: -70, nextReviewAt: -70, text: 'informationSecurity:v1' },
      { approvedOn: -200, approvedByBody: 'Regiondirektören', effectiveFrom: -190, validUntil: 530, nextReviewAt: 520, text: 'informationSecurity' }
    ],
    current: { kind: 'published' },
    states: ['published'],
    readAudience: { unitCodes: ['RE-SJH-AKU'], people: [P.securityCoordinator.key, P.reporterWithoutManager.key] }
  },
  {
    id: 5,
    number: 'RL-002',
    title: 'Riktlinje för IT-säkerhet',
    type: 'Riktlinje',
    owner: P.documentOwner.key,
    informationClass: 'Intern',
    areas: ['IT-säkerhet', 'Driftsäkerhet'],
    parentId: 2,
    reviewCycleMonths: 24,
    preparedBy: 'Helena Ask',
    editions: [{ approvedOn: -400, approvedByBody: 'Regiondirektören', effectiveFrom: -390, validUntil: 330, nextReviewAt: 320, text: 'itSecurity' }],
    current: { kind: 'revision', text: 'itSecurity:v2', modifiedDay: -3, changesRequestedDay: -10 },
    states: ['published', 'revisionInWork']
  },
  {
    id: 6,
    number: 'RL-003',
    title: 'Riktlinje för hot och våld',
    type: 'Riktlinje',
    owner: P.securityFunction.key,
    informationClass: 'Öppen',
    areas: ['Hot och våld'],
    parentId: 2,
    reviewCycleMonths: 12,
    preparedBy: 'Peter Sjöberg',
    editions: [{ approvedOn: -377, approvedByBody: 'Regiondirektören', effectiveFrom: -377, validUntil: 170, nextReviewAt: -12, text: 'threatsAndViolence' }],
    current: { kind: 'published' },
    states: ['published', 'reviewOverdue']
  },
  {
    id: 7,
    number: 'RL-004',
    title: 'Riktlinje för skalskydd och tillträdesskydd',
    type: 'Riktlinje',
    owner: P.securityFunction.key,
    informationClass: 'Intern',
    areas: ['Skalskydd', 'Tillträdesskydd'],
    parentId: 2,
    reviewCycleMonths: 12,
    preparedBy: 'Peter Sjöberg',
    editions: [{ approvedOn: -700, approvedByBody: 'Regiondirektören', effectiveFrom: -690, validUntil: 395, nextReviewAt: -335, text: 'perimeterAndAccess' }],
    current: { kind: 'published' },
    states: ['published', 'reviewDue', 'reviewDueSoon'],
    reviewedWithoutChange: { day: -345, nextReviewAt: 20 }
  },
  {
    id: 8,
    number: 'RL-005',
    title: 'Riktlinje för brandskydd',
    type: 'Riktlinje',
    owner: fireCoordinator,
    informationClass: 'Öppen',
    areas: ['Brandsäkerhet'],
    parentId: 2,
    reviewCycleMonths: 24,
    preparedBy: 'Brandskyddssamordnaren, Fastighet',
    editions: [{ approvedOn: -300, approvedByBody: 'Regiondirektören', effectiveFrom: -290, validUntil: 430, nextReviewAt: 420, text: 'fireSafety' }],
    current: { kind: 'consultation', text: 'fireSafety:v2', modifiedDay: -6 },
    states: ['published', 'inConsultation']
  },
  {
    id: 9,
    number: 'RL-006',
    title: 'Riktlinje för ekonomisk säkerhet',
    type: 'Riktlinje',
    owner: unitManager('RE-RK-RED'),
    informationClass: 'Intern',
    areas: ['Ekonomisk säkerhet'],
    parentId: 2,
    reviewCycleMonths: 24,
    editions: [{ approvedOn: -720, approvedByBody: 'Regiondirektören', effectiveFrom: -710, validUntil: 15, nextReviewAt: 15, text: 'economicSecurity' }],
    current: {
      kind: 'approvedNotYetEffective',
      text: 'economicSecurity:v2',
      edition: { approvedOn: -3, approvedByBody: 'Regiondirektören', effectiveFrom: 11, validUntil: 727, nextReviewAt: 717, text: 'economicSecurity:v2' }
    },
    states: ['published', 'approvedNotYetEffective']
  },
  {
    id: 10,
    number: 'RL-007',
    title: 'Riktlinje för transportsäkerhet',
    type: 'Riktlinje',
    owner: unitManager('RE-RS-TRP'),
    informationClass: 'Intern',
    areas: ['Transportsäkerhet'],
    parentId: 2,
    reviewCycleMonths: 24,
    editions: [{ approvedOn: -500, approvedByBody: 'Regiondirektören', effectiveFrom: -490, validUntil: 230, nextReviewAt: 220, text: 'transportSecurity' }],
    current: { kind: 'withdrawn', proposedDay: -40, withdrawnDay: -30 },
    states: ['withdrawn']
  },
  {
    id: 11,
    number: 'RL-008',
    title: 'Riktlinje för yttre miljösäkerhet',
    type: 'Riktlinje',
    owner: unitManager('RE-KT-DEP'),
    informationClass: 'Öppen',
    areas: ['Yttre miljösäkerhet'],
    parentId: 2,
    reviewCycleMonths: 24,
    editions: [{ approvedOn: -705, approvedByBody: 'Regiondirektören', effectiveFrom: -700, validUntil: 25, nextReviewAt: 25, text: 'environment' }],
    current: { kind: 'published' },
    states: ['published', 'reviewDue', 'reviewDueSoon']
  },
  {
    id: 12,
    number: 'INS-001',
    title: 'Instruktion vid hot och våld på akutmottagningen',
    type: 'Instruktion',
    owner: P.manager.key,
    informationClass: 'Intern',
    areas: ['Hot och våld'],
    scopeUnitCode: 'RE-SJH-AKU',
    supplementsId: 6,
    parentId: 6,
    reviewCycleMonths: 24,
    preparedBy: 'Lars Holm',
    editions: [{ approvedOn: -150, approvedByBody: 'Verksamhetschefen, akutkliniken', effectiveFrom: -145, validUntil: 580, nextReviewAt: 570, text: 'violenceAtEmergency' }],
    current: { kind: 'published' },
    states: ['published'],
    readAudience: { unitCodes: ['RE-SJH-AKU'], people: [P.substitute.key] }
  },
  {
    id: 13,
    number: 'INS-002',
    title: 'Instruktion för brandskyddsrond',
    type: 'Instruktion',
    owner: fireCoordinator,
    informationClass: 'Öppen',
    areas: ['Brandsäkerhet'],
    parentId: 8,
    reviewCycleMonths: 12,
    preparedBy: 'Brandskyddssamordnaren, Fastighet',
    editions: [{ approvedOn: -320, approvedByBody: 'Säkerhetschefen', effectiveFrom: -320, validUntil: 410, nextReviewAt: 45, text: 'fireRound' }],
    current: { kind: 'published' },
    states: ['published', 'reviewDue']
  },
  {
    id: 14,
    number: 'INS-003',
    title: 'Instruktion för reservrutiner vid IT-avbrott',
    type: 'Instruktion',
    owner: P.documentOwner.key,
    informationClass: 'Intern',
    areas: ['Driftsäkerhet', 'IT-säkerhet'],
    parentId: 5,
    reviewCycleMonths: 24,
    preparedBy: 'Helena Ask',
    editions: [{ approvedOn: -735, approvedByBody: 'Säkerhetschefen', effectiveFrom: -730, validUntil: -5, nextReviewAt: -40, text: 'itContinuity' }],
    current: { kind: 'published' },
    states: ['published', 'reviewOverdue', 'expired']
  },
  {
    id: 15,
    number: 'INS-004',
    title: 'Instruktion för informationsklassning',
    type: 'Instruktion',
    owner: P.documentOwner.key,
    informationClass: 'Intern',
    areas: ['Informationssäkerhet'],
    parentId: 4,
    reviewCycleMonths: 24,
    preparedBy: 'Helena Ask',
    editions: [],
    current: { kind: 'draft', text: 'informationClassification', modifiedDay: -2 },
    states: ['draftAwaitingApproval']
  },
  {
    id: 16,
    number: 'INS-005',
    title: 'Instruktion för tillträde till ortopedavdelning 12 nattetid',
    type: 'Instruktion',
    owner: P.substitute.key,
    informationClass: 'Intern',
    areas: ['Tillträdesskydd', 'Skalskydd'],
    scopeUnitCode: 'RE-SJH-ORT',
    supplementsId: 7,
    parentId: 7,
    reviewCycleMonths: 24,
    preparedBy: 'Johan Falk',
    editions: [{ approvedOn: -90, approvedByBody: 'Verksamhetschefen, ortopedkliniken', effectiveFrom: -85, validUntil: 640, nextReviewAt: 640, text: 'nightAccess' }],
    current: { kind: 'published' },
    states: ['published']
  }
];

/** The seeded documents, for tests that need them by state, number or owner. */
export function seedDocuments(context: IDocumentSeedContext): ISeedDocumentSummary[] {
  return SPECS.map((spec) => ({
    id: spec.id,
    number: spec.number,
    title: spec.title,
    type: spec.type,
    owner: ownerOf(spec, context),
    states: spec.states,
    publishedEdition: spec.current.kind === 'draft' ? 0 : spec.editions.length
  }));
}

function ownerOf(spec: IDocumentSpec, context: IDocumentSeedContext): string {
  return typeof spec.owner === 'string' ? spec.owner : spec.owner(context);
}

/** The texts by key: the adopted ones as paragraphs of the seed texts, the seed's own as written. */
function paragraphsOf(key: string): readonly string[] {
  switch (key) {
    case 'stockholmPolicy':
      return textParagraphs(STOCKHOLM_POLICY_TEXT);
    case 'skanePolicy':
      return textParagraphs(SKANE_POLICY_TEXT);
    case 'skaneStrategy':
      return textParagraphs(SKANE_STRATEGY_TEXT);
    default: {
      const written = WRITTEN_TEXTS[key];
      if (!written) throw new Error(`The document seed has no text '${key}'`);
      return written;
    }
  }
}

/** Each version's .docx is made once per process: the test suite seeds the region often. */
const docxCache = new Map<string, Uint8Array>();

function documentFile(spec: IDocumentSpec, values: Readonly<Record<string, SeedValue>>, text: string): Uint8Array {
  const day = (name: string): string => (typeof values[name] === 'string' ? String(values[name]).slice(0, 10) : '–');
  const header: IDocxHeaderRow[] = [
    { label: 'Dokumenttyp', value: spec.headerAsWritten?.type ?? spec.type },
    { label: 'Dokumentnummer', value: spec.number },
    { label: 'Informationssäkerhetsklass', value: spec.headerAsWritten?.informationClass ?? String(values.InformationClass) },
    { label: 'Fastställd', value: day('ApprovedOn') },
    { label: 'Fastställd av', value: typeof values.ApprovedByBody === 'string' ? values.ApprovedByBody : '–' },
    { label: 'Giltig till och med', value: day('ValidUntil') },
    { label: 'Upprättad av', value: spec.preparedBy ?? '–' }
  ];
  const key = JSON.stringify([spec.number, header, text]);
  let bytes = docxCache.get(key);
  if (!bytes) {
    bytes = buildDocx({ title: spec.title, header, paragraphs: paragraphsOf(text), author: spec.preparedBy });
    docxCache.set(key, bytes);
  }
  return bytes;
}

/**
 * A seeded person's SharePoint user id: the loader gives the seed's people ids from
 * FIRST_SEEDED_PRINCIPAL_ID up, in the seed's order (storage/seedLoader.ts), as the JSON the
 * function writes (Recipients, ReadAudience) carries them.
 */
function personJson(context: IDocumentSeedContext, key: string): { id: number; displayName: string; email: string } {
  const index = context.people.map((p) => p.key).indexOf(key);
  if (index < 0) throw new Error(`The document seed names an unknown person ${key}`);
  const person = context.people[index];
  return { id: FIRST_SEEDED_PRINCIPAL_ID + index, displayName: person.displayName, email: person.mail };
}

export function buildGoverningDocuments(context: IDocumentSeedContext): IDocumentSeed {
  const reference = Math.floor(Date.parse(context.referenceTime) / DAY_MS) * DAY_MS;
  const dayIso = (day: number | string): string => (typeof day === 'string' ? `${day}T00:00:00.000Z` : new Date(reference + day * DAY_MS).toISOString());
  /** An instant on a day, in office hours (08:00 UTC + minutes). */
  const at = (day: number | string, minutes = 0): string => new Date(Date.parse(dayIso(day)) + 8 * 60 * 60 * 1000 + minutes * 60 * 1000).toISOString();
  const unitId = (code: string): number => {
    const unit = context.units.filter((u) => u.values.UnitCode === code)[0];
    if (!unit) throw new Error(`The document seed names an unknown unit ${code}`);
    return unit.Id;
  };
  const securityStrategist = withJobTitle('Säkerhetsstrateg')(context);
  // Four eyes: the security function approves, never the document's owner.
  const approverFor = (owner: string): string => (owner === P.securityFunction.key ? securityStrategist : P.securityFunction.key);
  const app = PROTECTED_CASES_APP.clientId;

  const documents: ISeedItem[] = [];
  const decisions: ISeedItem[] = [];
  const consultations: ISeedItem[] = [];
  const comments: ISeedItem[] = [];
  const confirmations: ISeedItem[] = [];
  const decide = (documentId: number, number: string, kind: DocumentDecisionKind, by: string, when: string, values: Record<string, SeedValue>): void => {
    decisions.push({
      Id: decisions.length + 1,
      AuthorApp: app,
      Created: when,
      values: { Title: number, DocumentId: documentId, DecisionKind: kind, RecordedBy: by, RecordedAt: when, ...values }
    });
  };

  for (const spec of SPECS) {
    const owner = ownerOf(spec, context);
    const approver = approverFor(owner);
    const firstDay = spec.editions.length > 0 ? spec.editions[0].approvedOn : spec.current.kind === 'draft' ? spec.current.modifiedDay - 14 : 0;
    const created = typeof firstDay === 'string' ? at(firstDay, -20 * 24 * 60) : at(firstDay - 20);
    const base: Record<string, SeedValue> = {
      Title: spec.title,
      DocumentNumber: spec.number,
      GoverningDocumentType: spec.type,
      DocumentOwner: owner,
      InformationClass: spec.informationClass,
      SecurityAreas: [...spec.areas],
      ScopeUnitId: spec.scopeUnitCode ? unitId(spec.scopeUnitCode) : undefined,
      SupplementsId: spec.supplementsId,
      ParentDocumentId: spec.parentId,
      ReviewCycleMonths: spec.reviewCycleMonths,
      PreparedBy: spec.preparedBy,
      ClientRequestId: `seed-document-${spec.id}`,
      ReadAudience: spec.readAudience
        ? JSON.stringify({ unitIds: spec.readAudience.unitCodes.map(unitId), people: spec.readAudience.people.map((key) => personJson(context, key)) })
        : undefined,
      AsksReadConfirmation: spec.readAudience ? true : undefined,
      Edition: 0,
      DocumentStatus: 'Utkast'
    };
    const editionValues = (edition: IEdition, number: number, status: DocumentStatus): Record<string, SeedValue> => ({
      DocumentStatus: status,
      Edition: number,
      ApprovedByBody: edition.approvedByBody,
      ApprovedOn: dayIso(edition.approvedOn),
      EffectiveFrom: dayIso(edition.effectiveFrom ?? edition.approvedOn),
      ValidUntil: dayIso(edition.validUntil),
      NextReviewAt: dayIso(edition.nextReviewAt)
    });

    // Published editions: version 2k is edition k as approved (version 2k - 1 was its draft).
    const history: ISeedVersion[] = [];
    spec.editions.forEach((edition, index) => {
      const number = index + 1;
      const values = editionValues(edition, number, 'Publicerad');
      history.push({ Version: 2 * number, Modified: at(edition.approvedOn, 60), values, content: documentFile(spec, { ...base, ...values }, edition.text) });
      decide(spec.id, spec.number, 'Fastställd', approver, at(edition.approvedOn, 60), {
        Edition: number,
        DecidedByBody: edition.approvedByBody,
        EffectiveFrom: values.EffectiveFrom,
        ValidUntil: values.ValidUntil,
        NextReviewAt: values.NextReviewAt
      });
    });
    const published = history.length > 0 ? history[history.length - 1] : undefined;
    let values: Record<string, SeedValue> = { ...base, ...(published?.values ?? {}) };
    if (spec.reviewedWithoutChange) {
      const review = spec.reviewedWithoutChange;
      values = { ...values, LastReviewedAt: at(review.day), LastReviewedBy: owner, NextReviewAt: dayIso(review.nextReviewAt) };
      decide(spec.id, spec.number, 'Granskad utan ändring', owner, at(review.day), { Edition: spec.editions.length, NextReviewAt: dayIso(review.nextReviewAt) });
    }
    if (spec.withdrawalProposed) {
      decide(spec.id, spec.number, 'Upphävande föreslaget', owner, at(spec.withdrawalProposed.day), { Edition: spec.editions.length, DecisionNote: spec.withdrawalProposed.note });
    }

    let item: ISeedItem;
    const common = { Id: spec.id, AuthorApp: app, Created: created, roleAssignments: [{ principal: { personKey: owner }, level: 'Contribute' as const }] };
    const fileName = `${spec.number} ${spec.title}.docx`;
    const current = spec.current;
    switch (current.kind) {
      case 'published': {
        const last = published!;
        // The published version is the current one; a review without change is recorded in it.
        item = { ...common, Modified: last.Modified, Version: last.Version, values, file: { name: fileName, content: last.content! }, history: history.slice(0, -1) };
        break;
      }
      case 'withdrawn': {
        decide(spec.id, spec.number, 'Upphävande föreslaget', owner, at(current.proposedDay), { Edition: spec.editions.length, DecisionNote: 'Ersätts av regionens gemensamma transportrutiner.' });
        decide(spec.id, spec.number, 'Upphävd', approver, at(current.withdrawnDay), { Edition: spec.editions.length, DecisionNote: 'Upphävd efter förslag från dokumentägaren.' });
        const version = published!.Version + 1;
        item = {
          ...common,
          Modified: at(current.withdrawnDay),
          Version: version,
          values: { ...values, DocumentStatus: 'Upphävd' },
          file: { name: fileName, content: published!.content! },
          history
        };
        break;
      }
      case 'revision':
      case 'consultation': {
        if (current.kind === 'revision' && current.changesRequestedDay !== undefined) {
          decide(spec.id, spec.number, 'Ändringar begärda', approver, at(current.changesRequestedDay), {
            Edition: spec.editions.length,
            DecisionNote: 'Förtydliga kraven på leverantörers fjärråtkomst innan riktlinjen fastställs.'
          });
        }
        const status: DocumentStatus = current.kind === 'consultation' ? 'Remiss' : 'Utkast';
        const draftValues = { ...values, DocumentStatus: status };
        const content = documentFile(spec, draftValues, current.text);
        const version = published!.Version + 1;
        item = {
          ...common,
          Editor: owner,
          Modified: at(current.modifiedDay),
          Version: version,
          values: draftValues,
          moderation: { status: 'pending' },
          file: { name: fileName, content },
          history
        };
        if (current.kind === 'consultation') consult(spec, owner, version, content);
        break;
      }
      case 'approvedNotYetEffective': {
        // Approved, waiting for its effective day: the next edition, still pending; readers keep the last one.
        const number = spec.editions.length + 1;
        const approvedValues = { ...values, ...editionValues(current.edition, number, 'Fastställd') };
        decide(spec.id, spec.number, 'Fastställd', approver, at(current.edition.approvedOn, 60), {
          Edition: number,
          DecidedByBody: current.edition.approvedByBody,
          EffectiveFrom: approvedValues.EffectiveFrom,
          ValidUntil: approvedValues.ValidUntil,
          NextReviewAt: approvedValues.NextReviewAt
        });
        item = {
          ...common,
          Modified: at(current.edition.approvedOn, 60),
          Version: published!.Version + 2,
          values: approvedValues,
          moderation: { status: 'pending', comment: 'Fastställd; publiceras på ikraftträdandedagen.' },
          file: { name: fileName, content: documentFile(spec, approvedValues, current.text) },
          history
        };
        break;
      }
      case 'draft': {
        // Registered by the function (versions 1 and 2), then changed by its owner: waits for approval.
        item = {
          ...common,
          Editor: owner,
          Modified: at(current.modifiedDay),
          Version: 3,
          values,
          moderation: { status: 'pending' },
          file: { name: fileName, content: documentFile(spec, values, current.text) }
        };
        break;
      }
    }
    documents.push(item);

    if (spec.readAudience) {
      const edition = spec.editions.length;
      const effectiveDay = (n: number): number => Number(spec.editions[n - 1].effectiveFrom);
      // Readers confirm an edition some days after it takes effect; on RL-001 the unit's manager
      // confirmed only the edition before, so a confirmation per edition shows who is missing.
      const readers: [string, number][] =
        spec.id === 4
          ? [
              [P.reporter.key, edition],
              [P.securityCoordinator.key, edition],
              [P.manager.key, edition - 1]
            ]
          : [
              [P.reporter.key, edition],
              [P.manager.key, edition]
            ];
      readers.forEach(([reader, readEdition], index) => {
        const id = confirmations.length + 1;
        confirmations.push({
          Id: id,
          Author: reader,
          Created: at(effectiveDay(readEdition) + 3 + index, 30),
          values: { Title: spec.number, DocumentId: spec.id, Edition: readEdition, ClientRequestId: `seed-read-${id}` }
        });
      });
    }
  }

  /** A remiss of the document's draft: a copy of its file, sent to two people and a unit, open, with two comments. */
  function consult(spec: IDocumentSpec, owner: string, draftVersion: number, content: Uint8Array): void {
    const roundId = consultations.length + 1;
    const recipients = [P.manager.key, P.securityCoordinator.key];
    const unitCode = 'RE-RS-FDR';
    const unitHead = unitManager(unitCode)(context);
    const sentAt = at(-6, 90);
    consultations.push({
      Id: roundId,
      AuthorApp: app,
      Created: sentAt,
      values: {
        Title: spec.title,
        DocumentId: spec.id,
        DocumentNumber: spec.number,
        DraftVersion: `${draftVersion}.0`,
        Recipients: JSON.stringify(recipients.map((key) => personJson(context, key))),
        RecipientUnits: JSON.stringify([unitId(unitCode)]),
        Deadline: dayIso(14),
        ConsultationStatus: 'Öppen',
        ConsultationMessage: 'Synpunkter på förslaget till reviderad riktlinje för brandskydd, särskilt avsnittet om entreprenörer.',
        SentBy: owner,
        SentAt: sentAt,
        ClientRequestId: `seed-consultation-${roundId}`
      },
      file: { name: `${spec.number} remiss ${roundId}.docx`, content },
      // Readable by its owner, its recipients (the unit through its manager) and the security function.
      roleAssignments: [owner, ...recipients, unitHead].map((personKey) => ({ principal: { personKey }, level: 'Read' as const }))
    });
    const comment = (commenter: string, text: string, day: number, answer?: { text: string; day: number }): void => {
      const id = comments.length + 1;
      comments.push({
        Id: id,
        AuthorApp: app,
        Created: at(day, 120),
        Modified: answer ? at(answer.day, 60) : at(day, 120),
        values: {
          Title: spec.number,
          RoundId: roundId,
          DocumentId: spec.id,
          Commenter: commenter,
          CommentText: text,
          Answer: answer?.text,
          AnsweredBy: answer ? owner : undefined,
          AnsweredAt: answer ? at(answer.day, 60) : undefined,
          ClientRequestId: `seed-consultation-comment-${id}`
        },
        // Readable by its commenter and the document's owner (and the security function, on the list).
        roleAssignments: [commenter, owner].map((personKey) => ({ principal: { personKey }, level: 'Read' as const }))
      });
    };
    comment(P.manager.key, 'Akutmottagningen övar utrymning två gånger per år redan. Räcker det med årlig övning för vårdavdelningar?', -4, {
      text: 'Ja, årlig övning är ett minimikrav. Där risken är högre, som på akuten, är tätare övning bra.',
      day: -2
    });
    comment(P.securityCoordinator.key, 'Anmälan av heta arbeten bör också gälla regionens egna fastighetstekniker, inte bara entreprenörer.', -1);
  }

  return { governingDocuments: documents, documentDecisions: decisions, consultations, consultationComments: comments, readConfirmations: confirmations };
}
