/** The words of deviation handling, stored in SharePoint as the Swedish terms. */

export const DEVIATION_TYPES = [
  'Avvikelse',
  'Tillbud',
  'Olycka',
  'Riskobservation',
  'Förbättringsförslag',
  'Säkerhetsincident'
] as const;
export type DeviationType = typeof DEVIATION_TYPES[number];

export const DEVIATION_STATUSES = ['Ny', 'Mottagen', 'Utreds', 'Åtgärdas', 'Avslutad', 'Avvisad'] as const;
export type DeviationStatus = typeof DEVIATION_STATUSES[number];

/** Consequence scale used for both the actual and the potential consequence. */
export const CONSEQUENCE_LEVELS = ['1 Försumbar', '2 Lindrig', '3 Betydande', '4 Allvarlig'] as const;
export type ConsequenceLevel = typeof CONSEQUENCE_LEVELS[number];

/** MSB's causes for IT incidents, used when the area is information or IT security. */
export const MSB_INCIDENT_CATEGORIES = [
  'Angrepp',
  'Handhavandefel',
  'Tekniskt fel',
  'Fel hos leverantör',
  'Extern händelse',
  'Annat'
] as const;
export type MsbIncidentCategory = typeof MSB_INCIDENT_CATEGORIES[number];

/** MTO: människa, teknik, organisation. */
export const MTO_CATEGORIES = ['Människa', 'Teknik', 'Organisation'] as const;
export type MtoCategory = typeof MTO_CATEGORIES[number];

/** Why a case went to the handler it went to; shown to the reporter and kept on the case. */
export const ROUTING_REASONS = [
  'Chef',
  'Ersättare',
  'Säkerhetssamordnare',
  'Säkerhetsfunktion',
  'Omfördelad',
  'Eskalerad'
] as const;
export type RoutingReason = typeof ROUTING_REASONS[number];

export const ACTION_STATUSES = ['Planerad', 'Pågår', 'Klar'] as const;
export type ActionStatus = typeof ACTION_STATUSES[number];

export const DEVIATION_TYPE_KEYS: Readonly<Record<DeviationType, string>> = {
  'Avvikelse': 'deviation',
  'Tillbud': 'nearMiss',
  'Olycka': 'accident',
  'Riskobservation': 'riskObservation',
  'Förbättringsförslag': 'improvement',
  'Säkerhetsincident': 'securityIncident'
};

export const DEVIATION_STATUS_KEYS: Readonly<Record<DeviationStatus, string>> = {
  'Ny': 'new',
  'Mottagen': 'acknowledged',
  'Utreds': 'investigating',
  'Åtgärdas': 'actions',
  'Avslutad': 'closed',
  'Avvisad': 'rejected'
};
