import { IGoverningDocument } from '../../../../domain/documents/types';
import { IOrganisationUnit, IPerson } from '../../../../domain/organisation';

/**
 * The people the site already knows with their site user ids: the units' managers, substitutes
 * and security coordinators, and the owners of the documents the user sees. Each once, by name.
 */
export function sitePeople(units: readonly IOrganisationUnit[], documents: readonly IGoverningDocument[]): IPerson[] {
  const byId = new Map<number, IPerson>();
  const add = (person: IPerson | undefined): void => {
    if (person && person.id !== undefined && !byId.has(person.id)) byId.set(person.id, person);
  };
  for (const unit of units) {
    add(unit.manager);
    add(unit.substitute);
    add(unit.securityCoordinator);
  }
  for (const document of documents) add(document.owner);
  return Array.from(byId.values()).sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
}
