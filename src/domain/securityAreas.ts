/**
 * The ten security areas of the region's security strategy. Values are stored in SharePoint
 * as the Swedish terms; UI labels come from loc/ through the key.
 */
export const SECURITY_AREAS = [
  'Brandsäkerhet',
  'Skalskydd',
  'Tillträdesskydd',
  'Hot och våld',
  'Informationssäkerhet',
  'IT-säkerhet',
  'Driftsäkerhet',
  'Ekonomisk säkerhet',
  'Transportsäkerhet',
  'Yttre miljösäkerhet'
] as const;

export type SecurityArea = typeof SECURITY_AREAS[number];

/** Stable, ASCII keys for loc lookups and CSS hooks. */
export const SECURITY_AREA_KEYS: Readonly<Record<SecurityArea, string>> = {
  'Brandsäkerhet': 'fire',
  'Skalskydd': 'perimeter',
  'Tillträdesskydd': 'access',
  'Hot och våld': 'threatsViolence',
  'Informationssäkerhet': 'information',
  'IT-säkerhet': 'it',
  'Driftsäkerhet': 'operations',
  'Ekonomisk säkerhet': 'financial',
  'Transportsäkerhet': 'transport',
  'Yttre miljösäkerhet': 'environment'
};

export function isSecurityArea(value: unknown): value is SecurityArea {
  return typeof value === 'string' && (SECURITY_AREAS as readonly string[]).indexOf(value) >= 0;
}

/** Areas whose cases the security function must see and co-approve. */
export const AREAS_REQUIRING_SECURITY_FUNCTION: readonly SecurityArea[] = ['Hot och våld'];

/** Areas where the MSB IT-incident category applies. */
export const AREAS_WITH_MSB_CATEGORY: readonly SecurityArea[] = ['Informationssäkerhet', 'IT-säkerhet'];
