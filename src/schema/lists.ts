import { IFieldDefinition, IListDefinition } from './types';
import { UNIT_LEVELS } from '../domain/organisation';
import { SECURITY_AREAS } from '../domain/securityAreas';
import {
  ACTION_STATUSES,
  CONSEQUENCE_LEVELS,
  DEVIATION_STATUSES,
  DEVIATION_TYPES,
  MSB_INCIDENT_CATEGORIES,
  ROUTING_REASONS
} from '../domain/deviations/vocabulary';
import { ROUTING_FALLBACKS } from '../domain/deviations/routing';
import { ACCEPTANCE_STATES, CIA_PROPERTIES, RISK_SCALE_MAX, RISK_SCALE_MIN, RISK_SOURCES, RISK_STATUSES, RISK_TREATMENTS } from '../domain/risks/vocabulary';
import { IRoleAssignment } from './groups';
import { consultationCommentsList, consultationsLibrary, documentDecisionsList, governingDocumentsLibrary, readConfirmationsList } from './documentLists';
import { exercisesList, goalsList, measurementsList, pdsaCommentsList, selfAssessmentsList } from './pdsaLists';

/** Organisation units: förvaltningar → verksamheter → enheter, with who answers for each. */
export const unitsList: IListDefinition = {
  key: 'units',
  title: 'TryggEnheter',
  description: 'Organisationsenheter med chef, ersättare och säkerhetssamordnare.',
  template: 100,
  titleField: { title: 'Namn', required: true },
  // Everyone reads the organisation (routing needs it); the security function keeps it current.
  roleAssignments: [
    { group: 'members', level: 'Read' },
    { group: 'securityFunction', level: 'Edit' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'UnitCode', title: 'Enhetskod', type: 'Text', required: true, indexed: true, unique: true, maxLength: 32 },
    { name: 'UnitLevel', title: 'Nivå', type: 'Choice', required: true, choices: UNIT_LEVELS },
    { name: 'ParentUnit', title: 'Överordnad enhet', type: 'Lookup', lookupList: 'TryggEnheter', indexed: true },
    { name: 'Department', title: 'Avdelning i katalogen', type: 'Text', indexed: true, maxLength: 128 },
    { name: 'UnitManager', title: 'Chef', type: 'User', indexed: true },
    { name: 'ManagerAbsent', title: 'Chef frånvarande', type: 'Boolean' },
    { name: 'Substitute', title: 'Ersättare', type: 'User', indexed: true },
    { name: 'SecurityCoordinator', title: 'Säkerhetssamordnare', type: 'User' }
  ]
};

/**
 * The fields of a case, shared by the open and the protected deviations lists so that a case reads and
 * writes the same wherever it is kept.
 */
const DEVIATION_FIELDS: readonly IFieldDefinition[] = [
  // A client-generated id: a retried submission finds its first attempt instead of adding twice.
  { name: 'ClientRequestId', title: 'Klientens sändnings-id', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 },
  { name: 'Description', title: 'Vad hände', type: 'Note', required: true },
  // A protected case's headline; its Title is PROTECTED_CASE_TITLE (see draftValidation.ts).
  { name: 'Headline', title: 'Rubrik (skyddad)', type: 'Note' },
  { name: 'OccurredAt', title: 'Inträffade', type: 'DateTime', required: true, indexed: true },
  { name: 'ReportedAt', title: 'Rapporterad', type: 'DateTime', required: true, indexed: true },
  { name: 'DeviationType', title: 'Typ', type: 'Choice', choices: DEVIATION_TYPES, indexed: true },
  { name: 'SecurityArea', title: 'Säkerhetsområde', type: 'Choice', choices: SECURITY_AREAS, indexed: true },
  { name: 'Unit', title: 'Enhet där det hände', type: 'Lookup', lookupList: 'TryggEnheter', required: true, indexed: true },
  { name: 'ReporterUnit', title: 'Rapportörens enhet', type: 'Lookup', lookupList: 'TryggEnheter' },
  { name: 'Location', title: 'Plats', type: 'Text', maxLength: 255 },
  { name: 'ImmediateActions', title: 'Omedelbara åtgärder', type: 'Note' },
  { name: 'InvolvesPersonalData', title: 'Rör personuppgifter', type: 'Boolean' },
  { name: 'SuspectedCrime', title: 'Misstänkt brott', type: 'Boolean' },
  { name: 'Sensitive', title: 'Skyddad ärendetyp', type: 'Boolean', indexed: true },
  { name: 'Reporter', title: 'Rapportör', type: 'User', indexed: true },
  { name: 'Handler', title: 'Handläggare', type: 'User', indexed: true },
  { name: 'RoutingReason', title: 'Tilldelad som', type: 'Choice', choices: ROUTING_REASONS },
  { name: 'RoutingFallback', title: 'Varför inte chefen', type: 'Choice', choices: ROUTING_FALLBACKS },
  // Set once the handler has been told; a retried submission notifies only while it is empty.
  { name: 'HandlerNotifiedAt', title: 'Handläggare aviserad', type: 'DateTime' },
  // Mail bookkeeping, written by the Trygg function only: which news the reporter has been sent, and
  // which due date the handler was last reminded of (domain/deviations/mailLedger.ts).
  { name: 'ReporterNotified', title: 'Rapportör aviserad', type: 'Text', maxLength: 255 },
  { name: 'ReminderSentFor', title: 'Påminnelse skickad', type: 'Text', maxLength: 255 },
  { name: 'Status', title: 'Status', type: 'Choice', required: true, choices: DEVIATION_STATUSES, indexed: true },
  { name: 'ActualConsequence', title: 'Faktisk konsekvens', type: 'Choice', choices: CONSEQUENCE_LEVELS },
  { name: 'PotentialConsequence', title: 'Möjlig konsekvens', type: 'Choice', choices: CONSEQUENCE_LEVELS },
  { name: 'MsbCategory', title: 'MSB-kategori', type: 'Choice', choices: MSB_INCIDENT_CATEGORIES },
  // MTO causes as JSON [{ category, text }]: one or more per case, read and written with the case.
  { name: 'MtoCauses', title: 'Orsaker (MTO)', type: 'Note' },
  { name: 'Feedback', title: 'Återkoppling till rapportör', type: 'Note' },
  { name: 'FeedbackAt', title: 'Återkopplad', type: 'DateTime' },
  { name: 'AcknowledgedAt', title: 'Mottagen', type: 'DateTime' },
  { name: 'ClosedAt', title: 'Avslutad', type: 'DateTime', indexed: true },
  { name: 'ApprovedBy', title: 'Godkänd av', type: 'User' },
  { name: 'SecurityApprovedBy', title: 'Godkänd av säkerhetsfunktionen', type: 'User' },
  { name: 'SecurityApprovedAt', title: 'Säkerhetsfunktionens godkännande', type: 'DateTime' },
  { name: 'RejectionReason', title: 'Skäl för avvisning', type: 'Note' },
  // Transitions as JSON [{ from, to, by, at, note }]: kept with the case so that the ETag guards them too.
  { name: 'History', title: 'Händelselogg', type: 'Note' }
];

/** Deviations and incidents (avvikelser, tillbud …), one item per report. */
export const deviationsList: IListDefinition = {
  key: 'deviations',
  title: 'TryggAvvikelser',
  description: 'Rapporterade avvikelser, tillbud och incidenter med handläggning.',
  template: 100,
  titleField: { title: 'Rubrik', required: true },
  enableVersioning: true,
  // Reporters add and see only their own reports, and cannot change or delete one once sent
  // (Trygg Rapportera: Read + Add Items). Handlers (Chefer: managers, substitutes, coordinators)
  // and the security function read and edit all: the strategy makes deviation information
  // available regionally. Versions record every change and who made it.
  readSecurity: 2,
  writeSecurity: 2,
  roleAssignments: [
    { group: 'members', level: 'Trygg Rapportera' },
    { group: 'managers', level: 'Design' },
    { group: 'securityFunction', level: 'Design' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: DEVIATION_FIELDS
};

/** The fields of an action, linked to its case in `caseListTitle`. */
function actionFields(caseListTitle: string): IFieldDefinition[] {
  return [
    { name: 'Deviation', title: 'Avvikelse', type: 'Lookup', lookupList: caseListTitle, required: true, indexed: true },
    { name: 'ActionOwner', title: 'Ansvarig', type: 'User', required: true, indexed: true },
    { name: 'DueDate', title: 'Klar senast', type: 'DateTime', required: true, indexed: true },
    { name: 'ActionStatus', title: 'Status', type: 'Choice', required: true, choices: ACTION_STATUSES, indexed: true },
    { name: 'CompletedAt', title: 'Klar', type: 'DateTime' },
    { name: 'ReminderSentFor', title: 'Påminnelse skickad', type: 'Text', maxLength: 255 }
  ];
}

/** Actions decided for a case (åtgärder), each linked to its case. */
export const deviationActionsList: IListDefinition = {
  key: 'deviationActions',
  title: 'TryggAtgarder',
  description: 'Beslutade åtgärder för avvikelser.',
  template: 100,
  titleField: { title: 'Åtgärd', required: true },
  // Actions are decided and read by handlers and the security function. An action names its case
  // (a lookup shows the case's title and any column projected from it, whatever the case's own
  // permissions), so members have no access to the list: an owner who is not a handler is given
  // Read on their own action by the Trygg function.
  roleAssignments: [
    { group: 'managers', level: 'Contribute' },
    { group: 'securityFunction', level: 'Edit' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: actionFields('TryggAvvikelser')
};

/**
 * Protected cases: threats and violence, personal data, suspected crime (the `Sensitive` rule in
 * src/domain/deviations/workflow.ts). Only the security function reads the list as a whole; every
 * item carries its own permissions (the reporter reads it, the assigned handler edits it), set by
 * the protected-cases function running with Sites.Selected, since a user's own token cannot grant
 * anyone else access. Items are created by that function, never by users directly.
 */
export const protectedDeviationsList: IListDefinition = {
  key: 'protectedDeviations',
  title: 'TryggSkyddadeAvvikelser',
  description: 'Skyddade ärenden (hot och våld, personuppgifter, misstänkta brott): läses bara av behöriga.',
  template: 100,
  titleField: { title: 'Rubrik', required: true },
  enableVersioning: true,
  roleAssignments: [
    { group: 'securityFunction', level: 'Edit' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: DEVIATION_FIELDS
};

/** Actions of protected cases, each item readable only by the security function, the handler and its owner. */
export const protectedActionsList: IListDefinition = {
  key: 'protectedActions',
  title: 'TryggSkyddadeAtgarder',
  description: 'Åtgärder för skyddade ärenden.',
  template: 100,
  titleField: { title: 'Åtgärd', required: true },
  roleAssignments: [
    { group: 'securityFunction', level: 'Edit' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: actionFields('TryggSkyddadeAvvikelser')
};

/**
 * Regional deviation figures without case detail: counts per month × unit × area × type × status,
 * written on a schedule by the Trygg function (app-only) and readable by everyone, so that "Hela
 * regionen" means the whole region whoever looks. Nobody but the app writes it.
 */
export const deviationAggregateList: IListDefinition = {
  key: 'deviationAggregate',
  title: 'TryggStatistik',
  description: 'Sammanställda avvikelsetal per månad, enhet, område, typ och status, utan ärendeuppgifter.',
  template: 100,
  titleField: { title: 'Grupp', required: false },
  roleAssignments: [
    { group: 'members', level: 'Read' },
    { group: 'managers', level: 'Read' },
    { group: 'securityFunction', level: 'Read' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    // month|unitId|area|type|status: one row per group, so a rerun updates instead of adding.
    { name: 'GroupKey', title: 'Gruppnyckel', type: 'Text', required: true, indexed: true, unique: true, maxLength: 255 },
    { name: 'Month', title: 'Månad', type: 'Text', required: true, indexed: true, maxLength: 7 },
    { name: 'Unit', title: 'Enhet', type: 'Lookup', lookupList: 'TryggEnheter', indexed: true },
    { name: 'SecurityArea', title: 'Säkerhetsområde', type: 'Choice', choices: SECURITY_AREAS },
    { name: 'DeviationType', title: 'Typ', type: 'Choice', choices: DEVIATION_TYPES },
    { name: 'Status', title: 'Status', type: 'Choice', required: true, choices: DEVIATION_STATUSES },
    { name: 'CaseCount', title: 'Antal ärenden', type: 'Integer', required: true, min: 0 },
    { name: 'OverdueCount', title: 'Försenade ärenden', type: 'Integer', min: 0 },
    // Days to acknowledgement and to closure, one number per case (JSON), for the medians.
    { name: 'AcknowledgeDays', title: 'Dagar till kvittens', type: 'Note' },
    { name: 'CloseDays', title: 'Dagar till avslut', type: 'Note' },
    { name: 'OpenActions', title: 'Öppna åtgärder', type: 'Integer', min: 0 },
    { name: 'OverdueActions', title: 'Försenade åtgärder', type: 'Integer', min: 0 },
    { name: 'ComputedAt', title: 'Sammanställd', type: 'DateTime', required: true }
  ]
};

/** Who may act on risks: managers keep their units' risks, the security function all of them. */
const RISK_ROLE_ASSIGNMENTS: readonly IRoleAssignment[] = [
  { group: 'managers', level: 'Contribute' },
  { group: 'securityFunction', level: 'Edit' },
  { group: 'admins', level: 'Full Control' }
];

/** One assessment's two steps on the matrix (1 to its size; the matrix version says which size). */
function assessmentFields(prefix: 'Inherent' | 'Current' | 'Target', title: string): IFieldDefinition[] {
  return [
    { name: `${prefix}Likelihood`, title: `${title}: sannolikhet`, type: 'Integer', min: RISK_SCALE_MIN, max: RISK_SCALE_MAX },
    { name: `${prefix}Consequence`, title: `${title}: konsekvens`, type: 'Integer', min: RISK_SCALE_MIN, max: RISK_SCALE_MAX }
  ];
}

/**
 * The risk register: one item per risk, per unit and security area. Risk information shows where
 * the region is vulnerable, so it is not for everyone: managers (Chefer) keep their units' risks,
 * the security function all of them. Employees report what they see as deviations instead.
 * Acceptance decisions are not fields here (a manager could write them): they are items of
 * TryggRiskbeslut, which only the Trygg function writes.
 */
export const risksList: IListDefinition = {
  key: 'risks',
  title: 'TryggRisker',
  description: 'Riskregister per enhet och säkerhetsområde: orsak, händelse, konsekvens, bedömningar, behandling och översyn.',
  template: 100,
  titleField: { title: 'Risk', required: true },
  enableVersioning: true,
  roleAssignments: RISK_ROLE_ASSIGNMENTS,
  fields: [
    // A client-generated id: a retried save or a re-imported row finds its first attempt instead of adding twice.
    { name: 'ClientRequestId', title: 'Klientens sändnings-id', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 },
    { name: 'Unit', title: 'Enhet', type: 'Lookup', lookupList: 'TryggEnheter', required: true, indexed: true },
    { name: 'SecurityArea', title: 'Säkerhetsområde', type: 'Choice', choices: SECURITY_AREAS, required: true, indexed: true },
    { name: 'Cause', title: 'Orsak', type: 'Note' },
    { name: 'RiskEvent', title: 'Händelse', type: 'Note' },
    { name: 'ConsequenceDescription', title: 'Konsekvens (beskrivning)', type: 'Note' },
    { name: 'Asset', title: 'Tillgång, process eller plats', type: 'Text', maxLength: 255 },
    { name: 'RiskSource', title: 'Källa', type: 'Choice', choices: RISK_SOURCES },
    { name: 'Threat', title: 'Hot', type: 'Note' },
    { name: 'Vulnerability', title: 'Sårbarhet', type: 'Note' },
    { name: 'CiaImpact', title: 'Påverkar (KRT)', type: 'MultiChoice', choices: CIA_PROPERTIES },
    { name: 'ExistingControls', title: 'Befintliga skydd', type: 'Note' },
    ...assessmentFields('Inherent', 'Ursprunglig'),
    ...assessmentFields('Current', 'Nuvarande'),
    ...assessmentFields('Target', 'Mål'),
    // The current assessment's score and level, written with it, so the register filters and sorts on indexed columns.
    { name: 'CurrentScore', title: 'Nuvarande riskvärde', type: 'Integer', indexed: true, min: 0, max: RISK_SCALE_MAX * RISK_SCALE_MAX },
    { name: 'CurrentLevel', title: 'Nuvarande risknivå', type: 'Text', indexed: true, maxLength: 32 },
    // When the owner last set or confirmed the current assessment: a treatment closing after it asks for a new one.
    { name: 'CurrentAssessedAt', title: 'Nuvarande bedömning gjord', type: 'DateTime' },
    { name: 'MatrixVersion', title: 'Matrisversion', type: 'Integer', required: true, min: 1 },
    { name: 'Treatment', title: 'Behandling', type: 'Choice', choices: RISK_TREATMENTS },
    { name: 'RiskOwner', title: 'Riskägare', type: 'User', indexed: true },
    { name: 'RiskApprover', title: 'Godkännare', type: 'User' },
    { name: 'ReviewIntervalMonths', title: 'Översynsintervall (månader)', type: 'Integer', min: 1, max: 60 },
    { name: 'NextReviewAt', title: 'Nästa översyn', type: 'DateTime', indexed: true },
    { name: 'RiskStatus', title: 'Status', type: 'Choice', choices: RISK_STATUSES, required: true, indexed: true },
    // Case numbers (JSON) of the deviations that raised or updated the risk: kept on the risk, so no case points at it.
    { name: 'LinkedCases', title: 'Kopplade avvikelser', type: 'Note' },
    // The omvärldsbevakning entry that raised or last updated the risk (an entry lists its risks by this indexed column).
    { name: 'ScanningEntryId', title: 'Omvärldsbevakning', type: 'Integer', indexed: true, min: 1 },
    // The governing document that rules the risk's control (TryggStyrandeDokument); flagged when it expires or is withdrawn.
    { name: 'GoverningDocumentId', title: 'Styrande dokument', type: 'Integer', indexed: true, min: 1 },
    { name: 'ReminderSentFor', title: 'Påminnelse skickad', type: 'Text', maxLength: 255 }
  ]
};

/**
 * Omvärldsbevakning: what the security function notes from the world outside (MSB, CERT-SE, the
 * police, suppliers, the news) with the areas and units it concerns; managers read it and raise or
 * update their risks from it (the risk keeps the link).
 */
export const scanningList: IListDefinition = {
  key: 'scanning',
  title: 'TryggOmvarldsbevakning',
  description: 'Omvärldsbevakning: källa, datum, sammanfattning, berörda områden och enheter.',
  template: 100,
  titleField: { title: 'Rubrik', required: true },
  enableVersioning: true,
  roleAssignments: [
    { group: 'managers', level: 'Read' },
    { group: 'securityFunction', level: 'Edit' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'ClientRequestId', title: 'Klientens sändnings-id', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 },
    { name: 'ScanningSource', title: 'Källa', type: 'Text', required: true, maxLength: 255 },
    { name: 'SourceUrl', title: 'Länk till källan', type: 'Text', maxLength: 255 },
    { name: 'ObservedOn', title: 'Datum', type: 'DateTime', required: true, indexed: true },
    { name: 'Summary', title: 'Sammanfattning', type: 'Note', required: true },
    { name: 'SecurityAreas', title: 'Berörda säkerhetsområden', type: 'MultiChoice', choices: SECURITY_AREAS, required: true },
    // Unit ids (JSON); none: the whole region.
    { name: 'AffectedUnits', title: 'Berörda enheter', type: 'Note' }
  ]
};

/** Treatment actions (riskåtgärder), each linked to its risk. */
export const riskActionsList: IListDefinition = {
  key: 'riskActions',
  title: 'TryggRiskatgarder',
  description: 'Åtgärder som behandlar risker: ansvarig, klart senast, kostnad och effekt.',
  template: 100,
  titleField: { title: 'Åtgärd', required: true },
  roleAssignments: RISK_ROLE_ASSIGNMENTS,
  fields: [
    { name: 'Risk', title: 'Risk', type: 'Lookup', lookupList: 'TryggRisker', required: true, indexed: true },
    { name: 'ActionOwner', title: 'Ansvarig', type: 'User', required: true, indexed: true },
    { name: 'DueDate', title: 'Klar senast', type: 'DateTime', required: true, indexed: true },
    { name: 'CostEstimate', title: 'Kostnadsuppskattning (kr)', type: 'Number', min: 0, max: 1000000000 },
    { name: 'ActionStatus', title: 'Status', type: 'Choice', required: true, choices: ACTION_STATUSES, indexed: true },
    { name: 'EffectCheck', title: 'Effektkontroll', type: 'Note' },
    { name: 'CompletedAt', title: 'Klar', type: 'DateTime' },
    { name: 'ReminderSentFor', title: 'Påminnelse skickad', type: 'Text', maxLength: 255 }
  ]
};

/**
 * Acceptance of risks (riskbeslut): requested by the risk owner, decided by someone else with the
 * right role (domain/risks/acceptance.ts). Only the Trygg function writes here, after checking that
 * rule; managers and the security function read the decisions of the risks they read.
 */
export const riskDecisionsList: IListDefinition = {
  key: 'riskDecisions',
  title: 'TryggRiskbeslut',
  description: 'Begäran och beslut om att acceptera risker, med motivering och giltighet.',
  template: 100,
  titleField: { title: 'Beslut', required: false },
  enableVersioning: true,
  roleAssignments: [
    { group: 'managers', level: 'Read' },
    { group: 'securityFunction', level: 'Read' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'Risk', title: 'Risk', type: 'Lookup', lookupList: 'TryggRisker', required: true, indexed: true },
    { name: 'AcceptanceState', title: 'Läge', type: 'Choice', choices: ACCEPTANCE_STATES, required: true, indexed: true },
    { name: 'RequestedBy', title: 'Begärd av', type: 'User', required: true },
    { name: 'RequestedAt', title: 'Begärd', type: 'DateTime', required: true },
    { name: 'RequestNote', title: 'Motivering till begäran', type: 'Note' },
    { name: 'DecidedBy', title: 'Beslutad av', type: 'User' },
    { name: 'DecidedAt', title: 'Beslutad', type: 'DateTime' },
    { name: 'Rationale', title: 'Motivering till beslut', type: 'Note' },
    { name: 'ExpiresAt', title: 'Giltig till', type: 'DateTime', indexed: true },
    // What was accepted: a later change to the current assessment or the matrix makes it stale.
    { name: 'AcceptedLikelihood', title: 'Accepterad sannolikhet', type: 'Integer', min: RISK_SCALE_MIN, max: RISK_SCALE_MAX },
    { name: 'AcceptedConsequence', title: 'Accepterad konsekvens', type: 'Integer', min: RISK_SCALE_MIN, max: RISK_SCALE_MAX },
    { name: 'AcceptedMatrixVersion', title: 'Accepterad matrisversion', type: 'Integer', min: 1 },
    { name: 'ReminderSentFor', title: 'Påminnelse skickad', type: 'Text', maxLength: 255 }
  ]
};

/**
 * The risk matrix, one item per version (domain/risks/matrix.ts): the security function adds a new
 * version; a risk keeps the version it was assessed with. Managers read it to assess.
 */
export const riskMatrixList: IListDefinition = {
  key: 'riskMatrix',
  title: 'TryggRiskmatris',
  description: 'Riskmatrisens versioner: skalor, nivåer, färger, riskaptit per område.',
  template: 100,
  titleField: { title: 'Version', required: false },
  enableVersioning: true,
  roleAssignments: [
    { group: 'managers', level: 'Read' },
    { group: 'securityFunction', level: 'Edit' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'MatrixVersion', title: 'Version', type: 'Integer', required: true, indexed: true, unique: true, min: 1 },
    { name: 'MatrixJson', title: 'Matris (JSON)', type: 'Note', required: true }
  ]
};

/** Every list and library of Trygg, in provisioning order (lookup targets first). */
export const TRYGG_LISTS: readonly IListDefinition[] = [
  unitsList,
  deviationsList,
  deviationActionsList,
  protectedDeviationsList,
  protectedActionsList,
  deviationAggregateList,
  riskMatrixList,
  risksList,
  riskActionsList,
  riskDecisionsList,
  scanningList,
  governingDocumentsLibrary,
  documentDecisionsList,
  consultationsLibrary,
  consultationCommentsList,
  readConfirmationsList,
  goalsList,
  measurementsList,
  exercisesList,
  selfAssessmentsList,
  pdsaCommentsList
];

export function listByKey(key: string): IListDefinition {
  const list = TRYGG_LISTS.filter((l) => l.key === key)[0];
  if (!list) throw new Error(`Unknown list key: ${key}`);
  return list;
}

export function listByTitle(title: string): IListDefinition | undefined {
  const lower = title.toLowerCase();
  return TRYGG_LISTS.filter((l) => l.title.toLowerCase() === lower)[0];
}

export { consultationCommentsList, consultationsLibrary, documentDecisionsList, governingDocumentsLibrary, readConfirmationsList };
export { exercisesList, goalsList, measurementsList, pdsaCommentsList, selfAssessmentsList };
