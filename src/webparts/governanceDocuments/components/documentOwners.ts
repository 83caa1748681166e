import { IGoverningDocument } from '../../../domain/documents/types';
import { IPerson } from '../../../domain/organisation';

/** The documents' owners (and `me`, first in line to own a new one), each once, by name. */
export function ownersOf(documents: readonly IGoverningDocument[], me?: IPerson): IPerson[] {
  const owners = new Map<number, IPerson>();
  if (me && me.id !== undefined) owners.set(me.id, me);
  for (const document of documents) if (document.owner.id !== undefined && !owners.has(document.owner.id)) owners.set(document.owner.id, document.owner);
  return Array.from(owners.values()).sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
}
