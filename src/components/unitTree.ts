import { IOrganisationUnit } from '../domain/organisation';

export interface IUnitEntry {
  readonly unit: IOrganisationUnit;
  /** 0 for the region, 1 for a förvaltning and so on. */
  readonly depth: number;
}

/**
 * Units in tree order (each under its parent, siblings by name), for pickers that show the line
 * organisation as it is: choosing a förvaltning then plainly includes what is indented under it.
 */
export function unitTree(units: readonly IOrganisationUnit[]): IUnitEntry[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<number | undefined, IOrganisationUnit[]>();
  for (const unit of units) {
    // A unit whose parent is not in the list (not readable, or bad data) is shown at the top.
    const parent = unit.parentId !== undefined && ids.has(unit.parentId) ? unit.parentId : undefined;
    children.set(parent, (children.get(parent) || []).concat([unit]));
  }
  const result: IUnitEntry[] = [];
  const seen = new Set<number>();
  const visit = (parent: number | undefined, depth: number): void => {
    const below = (children.get(parent) || []).slice().sort((a, b) => a.title.localeCompare(b.title, 'sv'));
    for (const unit of below) {
      if (seen.has(unit.id)) continue; // a cycle in bad data must not hang the page
      seen.add(unit.id);
      result.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return result;
}
