import { IOrganisationUnit, unitAncestry } from '../../domain/organisation';
import { unitTree } from '../../components/unitTree';

export interface IMatrixRow {
  readonly unit: IOrganisationUnit;
  /** 0 for the region, 1 for a förvaltning and so on. */
  readonly depth: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
}

/** The rows shown: the tree in order, each unit only when every unit above it is expanded. */
export function visibleRows(units: readonly IOrganisationUnit[], expanded: ReadonlySet<number>): IMatrixRow[] {
  const entries = unitTree(units);
  const parents = new Set(entries.map((entry) => entry.unit.parentId).filter((id): id is number => id !== undefined));
  const rows: IMatrixRow[] = [];
  // The depth below which rows are hidden, while walking a collapsed unit's subtree.
  let hiddenBelow = Infinity;
  for (const entry of entries) {
    if (entry.depth > hiddenBelow) continue;
    hiddenBelow = Infinity;
    const hasChildren = parents.has(entry.unit.id);
    const isExpanded = hasChildren && expanded.has(entry.unit.id);
    rows.push({ unit: entry.unit, depth: entry.depth, hasChildren, expanded: isExpanded });
    if (!isExpanded) hiddenBelow = entry.depth;
  }
  return rows;
}

/** What opens expanded: the top of the tree, and the way down to the units the person works for. */
export function initiallyExpanded(units: readonly IOrganisationUnit[], ownUnitIds: readonly number[]): Set<number> {
  const expanded = new Set<number>(units.filter((unit) => unit.parentId === undefined || !units.some((other) => other.id === unit.parentId)).map((unit) => unit.id));
  for (const unitId of ownUnitIds) {
    // The unit's own row shows under its expanded ancestors; the unit itself stays as it is.
    unitAncestry(units, unitId)
      .slice(1)
      .forEach((ancestor) => expanded.add(ancestor.id));
  }
  return expanded;
}
