import * as strings from 'RiskRegisterWebPartStrings';
import { ACTION_STATUSES, ActionStatus } from '../../domain/deviations/vocabulary';
import { IRiskLevel, IRiskMatrix } from '../../domain/risks/types';
import { CIA_KEYS, CiaProperty, RISK_SOURCE_KEYS, RISK_STATUS_KEYS, RISK_TREATMENT_KEYS, RiskSource, RiskStatus, RiskTreatment } from '../../domain/risks/vocabulary';
import { format } from '../../common/format';
export { areaLabel } from '../../components/areaLabel';

/*
 * Stored values are Swedish terms; these give the label in the UI language. The matrix's step and
 * level names are the region's own words and are shown as written, in either language.
 */

export function statusLabel(status: RiskStatus): string {
  return strings.Statuses[RISK_STATUS_KEYS[status]];
}

export function treatmentLabel(treatment: RiskTreatment | undefined): string {
  return treatment ? strings.Treatments[RISK_TREATMENT_KEYS[treatment]] : '';
}

export function sourceLabel(source: RiskSource | undefined): string {
  return source ? strings.Sources[RISK_SOURCE_KEYS[source]] : '';
}

export function ciaLabel(property: CiaProperty): string {
  return strings.Cia[CIA_KEYS[property]];
}

export function actionStatusLabel(status: ActionStatus): string {
  return strings.ActionStatuses[ACTION_STATUSES.indexOf(status)];
}

export function levelByKey(matrix: IRiskMatrix, key: string | undefined): IRiskLevel | undefined {
  return key ? matrix.levels.filter((level) => level.key === key)[0] : undefined;
}

/** "3 Möjlig": a step's number and the region's name for it. */
export function stepLabel(matrix: IRiskMatrix, axis: 'likelihood' | 'consequence', value: number): string {
  const step = matrix[axis][value - 1];
  return step ? `${value} ${step.name}` : String(value);
}

/** "Sannolikhet 3 Möjlig × konsekvens 4 Allvarlig". */
export function cellLabel(matrix: IRiskMatrix, likelihood: number, consequence: number): string {
  return format(strings.CellName, stepLabel(matrix, 'likelihood', likelihood), stepLabel(matrix, 'consequence', consequence));
}
