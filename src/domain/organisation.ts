/** The line organisation: security responsibility follows it (linjeansvar). */
export const UNIT_LEVELS = ['Region', 'Förvaltning', 'Verksamhet', 'Enhet'] as const;
export type UnitLevel = typeof UNIT_LEVELS[number];

/** A person as the directory (Microsoft Graph) and SharePoint both know them. */
export interface IPerson {
  /** SharePoint site user id (person fields store it). */
  readonly id?: number;
  /** Azure AD object id (Graph). */
  readonly graphId?: string;
  readonly displayName: string;
  readonly email: string;
}

export interface IOrganisationUnit {
  readonly id: number;
  readonly title: string;
  readonly code: string;
  readonly level: UnitLevel;
  readonly parentId?: number;
  /** The directory's department name that maps people to this unit. */
  readonly department?: string;
  readonly manager?: IPerson;
  readonly managerAbsent: boolean;
  readonly substitute?: IPerson;
  readonly securityCoordinator?: IPerson;
}

/** The ids of a unit and all units below it, for rolling statistics up the hierarchy. */
export function descendantUnitIds(units: readonly IOrganisationUnit[], rootId: number): number[] {
  const childrenOf = new Map<number, number[]>();
  for (const unit of units) {
    if (unit.parentId === undefined) continue;
    const siblings = childrenOf.get(unit.parentId) || [];
    siblings.push(unit.id);
    childrenOf.set(unit.parentId, siblings);
  }
  const result: number[] = [];
  const queue: number[] = [rootId];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const id = queue.shift() as number;
    if (seen.has(id)) continue; // a cycle in bad data must not hang the UI
    seen.add(id);
    result.push(id);
    for (const child of childrenOf.get(id) || []) queue.push(child);
  }
  return result;
}

/** The chain from a unit up to the root, nearest first. */
export function unitAncestry(units: readonly IOrganisationUnit[], unitId: number): IOrganisationUnit[] {
  const byId = new Map(units.map((u) => [u.id, u] as [number, IOrganisationUnit]));
  const chain: IOrganisationUnit[] = [];
  const seen = new Set<number>();
  let current = byId.get(unitId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.push(current);
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return chain;
}
