/**
 * The words of the risk register, stored in SharePoint as the Swedish terms; UI labels come from
 * loc/ through the keys. Likelihood and consequence are steps on the region's matrix (matrix.ts),
 * 1 up to the matrix's size (4 or 5, at most 6).
 */
export const RISK_SCALE_MIN = 1;
/** The largest matrix Trygg takes (6×6); a stored step is checked against its matrix version. */
export const RISK_SCALE_MAX = 6;

/** How a risk is met (riskbehandling). */
export const RISK_TREATMENTS = ['Reducera', 'Undvika', 'Dela', 'Acceptera'] as const;
export type RiskTreatment = typeof RISK_TREATMENTS[number];

/** Utkast → Bedömd → Under åtgärd → Accepterad / Avslutad (riskStatus.ts). */
export const RISK_STATUSES = ['Utkast', 'Bedömd', 'Under åtgärd', 'Accepterad', 'Avslutad'] as const;
export type RiskStatus = typeof RISK_STATUSES[number];

/** Where a risk was found. */
export const RISK_SOURCES = ['Riskanalys', 'Avvikelse', 'Revision', 'Skyddsrond', 'Omvärldsbevakning', 'Annat'] as const;
export type RiskSource = typeof RISK_SOURCES[number];

/** What an information or IT security risk threatens (KRT: konfidentialitet, riktighet, tillgänglighet). */
export const CIA_PROPERTIES = ['Konfidentialitet', 'Riktighet', 'Tillgänglighet'] as const;
export type CiaProperty = typeof CIA_PROPERTIES[number];

/** A decision on accepting a risk: requested by its owner, decided by someone else. */
export const ACCEPTANCE_STATES = ['Begärd', 'Beviljad', 'Avslagen'] as const;
export type AcceptanceState = typeof ACCEPTANCE_STATES[number];

/** The three assessments of a risk: before any control, now, and where treatment should bring it. */
export const ASSESSMENT_KINDS = ['inherent', 'current', 'target'] as const;
export type AssessmentKind = typeof ASSESSMENT_KINDS[number];

/** Stable ASCII keys for loc lookups. */
export const RISK_STATUS_KEYS: Readonly<Record<RiskStatus, string>> = {
  'Utkast': 'draft',
  'Bedömd': 'assessed',
  'Under åtgärd': 'inTreatment',
  'Accepterad': 'accepted',
  'Avslutad': 'closed'
};
export const RISK_TREATMENT_KEYS: Readonly<Record<RiskTreatment, string>> = { 'Reducera': 'reduce', 'Undvika': 'avoid', 'Dela': 'share', 'Acceptera': 'accept' };
export const RISK_SOURCE_KEYS: Readonly<Record<RiskSource, string>> = {
  'Riskanalys': 'analysis',
  'Avvikelse': 'deviation',
  'Revision': 'audit',
  'Skyddsrond': 'safetyRound',
  'Omvärldsbevakning': 'scanning',
  'Annat': 'other'
};
export const CIA_KEYS: Readonly<Record<CiaProperty, string>> = { 'Konfidentialitet': 'confidentiality', 'Riktighet': 'integrity', 'Tillgänglighet': 'availability' };
