import * as common from 'TryggStrings';
import { SECURITY_AREA_KEYS, SecurityArea } from '../domain/securityAreas';

/** A security area in the UI language (the stored value is the Swedish term); '' for none. */
export function areaLabel(area: SecurityArea | undefined): string {
  if (!area) return '';
  return common.Areas[SECURITY_AREA_KEYS[area]] || area;
}
