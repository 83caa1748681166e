import * as common from 'TryggStrings';
import * as strings from 'DeviationInboxWebPartStrings';
import {
  ACTION_STATUSES,
  ActionStatus,
  CONSEQUENCE_LEVELS,
  ConsequenceLevel,
  DEVIATION_STATUS_KEYS,
  DEVIATION_TYPE_KEYS,
  DeviationStatus,
  DeviationType,
  MSB_INCIDENT_CATEGORIES,
  MsbIncidentCategory,
  MTO_CATEGORIES,
  MtoCategory
} from '../../../domain/deviations/vocabulary';
import { SECURITY_AREA_KEYS, SecurityArea } from '../../../domain/securityAreas';

/*
 * Stored values are Swedish terms; these give the label in the UI language. The loc files list
 * consequence levels, MSB categories, MTO categories and action statuses in vocabulary order.
 */

export function statusLabel(status: DeviationStatus): string {
  return common.DeviationStatuses[DEVIATION_STATUS_KEYS[status]];
}

export function typeLabel(type: DeviationType | undefined): string {
  return type ? common.DeviationTypes[DEVIATION_TYPE_KEYS[type]] : common.Unclassified;
}

export function areaLabel(area: SecurityArea | undefined): string {
  return area ? common.Areas[SECURITY_AREA_KEYS[area]] : common.Unclassified;
}

export function consequenceLabel(level: ConsequenceLevel | undefined): string {
  return level ? strings.ConsequenceLevels[CONSEQUENCE_LEVELS.indexOf(level)] : '';
}

export function msbLabel(category: MsbIncidentCategory | undefined): string {
  return category ? strings.MsbCategories[MSB_INCIDENT_CATEGORIES.indexOf(category)] : '';
}

export function mtoLabel(category: MtoCategory): string {
  return strings.MtoCategories[MTO_CATEGORIES.indexOf(category)];
}

export function actionStatusLabel(status: ActionStatus): string {
  return strings.ActionStatuses[ACTION_STATUSES.indexOf(status)];
}
