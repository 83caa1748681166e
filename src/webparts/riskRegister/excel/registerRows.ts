/**
 * A stored risk as one row of the exported register, in the columns an import reads
 * (domain/risks/riskImport.ts RISK_COLUMNS), so that reading the export back changes nothing.
 */
import { IOrganisationUnit } from '../../../domain/organisation';
import { RiskColumnKey, unitLabel } from '../../../domain/risks/riskImport';
import { IRisk } from '../../../domain/risks/types';

export type RegisterCell = string | number | undefined;

export function registerRow(risk: IRisk, units: readonly IOrganisationUnit[]): Record<RiskColumnKey, RegisterCell> {
  return {
    riskNumber: risk.riskNumber,
    title: risk.title,
    cause: risk.cause,
    event: risk.event,
    consequenceDescription: risk.consequenceDescription,
    area: risk.area,
    unit: unitLabel(risk.unit, units),
    asset: risk.asset,
    source: risk.source,
    threat: risk.threat,
    vulnerability: risk.vulnerability,
    cia: risk.cia.length > 0 ? risk.cia.join(', ') : undefined,
    existingControls: risk.existingControls,
    // Step numbers: unambiguous on the matrix the risk was assessed with, and read back as the same steps.
    inherentLikelihood: risk.inherent && risk.inherent.likelihood,
    inherentConsequence: risk.inherent && risk.inherent.consequence,
    currentLikelihood: risk.current && risk.current.likelihood,
    currentConsequence: risk.current && risk.current.consequence,
    targetLikelihood: risk.target && risk.target.likelihood,
    targetConsequence: risk.target && risk.target.consequence,
    treatment: risk.treatment,
    owner: risk.owner ? risk.owner.email : undefined,
    approver: risk.approver ? risk.approver.email : undefined,
    reviewIntervalMonths: risk.reviewIntervalMonths,
    nextReviewAt: risk.nextReviewAt ? risk.nextReviewAt.slice(0, 10) : undefined
  };
}
