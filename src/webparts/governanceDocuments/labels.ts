import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IOrganisationUnit, IPerson } from '../../domain/organisation';
import { SecurityArea } from '../../domain/securityAreas';
import {
  DOCUMENT_DECISION_KIND_KEYS,
  DOCUMENT_STATUS_KEYS,
  DocumentDecisionKind,
  DocumentStatus,
  GOVERNING_DOCUMENT_TYPE_KEYS,
  GoverningDocumentType,
  INFORMATION_CLASSES,
  InformationClass
} from '../../domain/documents/vocabulary';
import { format } from '../../common/format';
import { areaLabel } from '../../components/areaLabel';
export { areaLabel };

/*
 * Stored values are Swedish terms; these give the label in the UI language. A document's own
 * words (its title, Fastställd av, Upprättad av) are shown as written, in either language.
 */

export function typeLabel(type: GoverningDocumentType): string {
  return strings.Types[GOVERNING_DOCUMENT_TYPE_KEYS[type]];
}

export function statusLabel(status: DocumentStatus): string {
  return strings.Statuses[DOCUMENT_STATUS_KEYS[status]];
}

export function decisionLabel(kind: DocumentDecisionKind): string {
  return strings.DecisionKinds[DOCUMENT_DECISION_KIND_KEYS[kind]];
}

export function informationClassLabel(value: InformationClass): string {
  return strings.InformationClasses[INFORMATION_CLASSES.indexOf(value)] || value;
}

export function areasLabel(areas: readonly SecurityArea[]): string {
  return areas.length > 0 ? areas.map(areaLabel).join(', ') : strings.NoAreas;
}

export function unitTitle(units: readonly IOrganisationUnit[], id: number | undefined): string {
  if (id === undefined) return '';
  const unit = units.filter((candidate) => candidate.id === id)[0];
  return unit ? unit.title : format(strings.UnknownUnit, id);
}

/** "Regional", or the unit a local document is for. */
export function scopeLabel(units: readonly IOrganisationUnit[], scopeUnitId: number | undefined): string {
  return scopeUnitId === undefined ? strings.ScopeRegional : format(strings.ScopeUnit, unitTitle(units, scopeUnitId));
}

export function personName(person: IPerson | undefined): string {
  return person ? person.displayName || person.email : '';
}

/** "24 månader" / "24 months". */
export function intervalLabel(months: number): string {
  return months === 1 ? strings.IntervalOneMonth : format(strings.IntervalMonths, months);
}
