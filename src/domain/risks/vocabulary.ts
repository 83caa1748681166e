/**
 * The words of the risk register, stored in SharePoint as the Swedish terms. Likelihood and
 * consequence are scored 1–5 each; their product is the risk value the register ranks by.
 */
export const RISK_SCALE_MIN = 1;
export const RISK_SCALE_MAX = 5;

/** How a risk is met (riskbehandling). */
export const RISK_TREATMENTS = ['Reducera', 'Acceptera', 'Undvika', 'Överföra'] as const;
export type RiskTreatment = typeof RISK_TREATMENTS[number];

export const RISK_STATUSES = ['Identifierad', 'Under behandling', 'Accepterad', 'Avslutad'] as const;
export type RiskStatus = typeof RISK_STATUSES[number];
