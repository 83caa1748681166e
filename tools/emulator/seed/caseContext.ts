import { IOrganisationUnit, IPerson, UnitLevel } from '../../../src/domain/organisation';
import { decideRouting } from '../../../src/domain/deviations/routing';
import { RoutingReason } from '../../../src/domain/deviations/vocabulary';
import { ISeedItem, ISeedPerson } from './types';
import { UNIT_SPECS, UnitKind } from './organisationSpec';
import { KIND_GROUPS, KindSpec, OwnerKind, SCENARIOS } from './scenarios';

/** A unit as the case generator needs it, read back from the 'units' items. */
export interface IUnitInfo {
  readonly id: number;
  readonly title: string;
  readonly code: string;
  readonly level: UnitLevel;
  readonly parentId?: number;
  readonly manager?: string;
  readonly managerAbsent: boolean;
  readonly substitute?: string;
  readonly coordinator?: string;
  readonly kind?: UnitKind;
  readonly site: string;
}

export interface IRoute {
  readonly handler: string;
  readonly reason: RoutingReason;
}

/** Lookups over a given organisation, built once and shared by all generated cases. */
export interface ICaseContext {
  readonly referenceMs: number;
  readonly people: ReadonlyMap<string, ISeedPerson>;
  readonly units: ReadonlyMap<number, IUnitInfo>;
  readonly unitByCode: ReadonlyMap<string, IUnitInfo>;
  /** Who can report from a unit: its people except the manager. */
  readonly staffByUnit: ReadonlyMap<number, readonly ISeedPerson[]>;
  readonly unitOfPerson: ReadonlyMap<string, IUnitInfo>;
  /** Enheter with staff where a scenario can happen. */
  readonly unitsForScenario: ReadonlyMap<string, readonly IUnitInfo[]>;
  readonly securityFunction: readonly string[];
  /** The units as the product's routing sees them (src/domain/deviations/routing). */
  readonly organisationUnits: readonly IOrganisationUnit[];
  /** The regional security function's shared handler: the root unit's coordinator, as in the product. */
  readonly regionalHandler: string;
  readonly keyByEmail: ReadonlyMap<string, string>;
  readonly owners: Readonly<Partial<Record<OwnerKind, string>>>;
  /** Units whose staff visit other units (fastighet, IT …) and so report from outside them. */
  readonly visitingUnits: readonly IUnitInfo[];
}

function expandKinds(kinds: readonly KindSpec[]): Set<UnitKind | 'alla'> {
  const result = new Set<UnitKind | 'alla'>();
  for (const kind of kinds) {
    if (kind === 'vard' || kind === 'sjukhus') KIND_GROUPS[kind].forEach((k) => result.add(k));
    else result.add(kind);
  }
  return result;
}

/** Who answers for a unit now: the manager, or the substitute while the manager is absent. */
export function responsibleFor(unit: IUnitInfo): string | undefined {
  if (unit.manager && !unit.managerAbsent) return unit.manager;
  return unit.substitute;
}

/** The nearest security coordinator from the unit upwards (coordinators cover the units below them). */
export function coordinatorFor(units: ReadonlyMap<number, IUnitInfo>, unit: IUnitInfo | undefined): string | undefined {
  const seen = new Set<number>();
  let current = unit;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.coordinator) return current.coordinator;
    current = current.parentId === undefined ? undefined : units.get(current.parentId);
  }
  return undefined;
}

export function toPerson(person: ISeedPerson): IPerson {
  return { displayName: person.displayName, email: person.mail, graphId: person.graphId };
}

const routeCache = new WeakMap<ICaseContext, Map<string, IRoute>>();

/** Routes a report exactly as the product does at submission (decideRouting); cached per reporter. */
export function routeReport(ctx: ICaseContext, reporter: ISeedPerson): IRoute {
  let cache = routeCache.get(ctx);
  if (!cache) {
    cache = new Map<string, IRoute>();
    routeCache.set(ctx, cache);
  }
  const cached = cache.get(reporter.key);
  if (cached) return cached;
  const manager = reporter.managerKey ? ctx.people.get(reporter.managerKey) : undefined;
  const unit = ctx.unitOfPerson.get(reporter.key);
  const decision = decideRouting({
    managerLookup: manager ? { outcome: 'found', manager: toPerson(manager) } : { outcome: 'none' },
    reporterUnitId: unit?.id,
    units: ctx.organisationUnits,
    securityFunction: toPerson(ctx.people.get(ctx.regionalHandler) as ISeedPerson)
  });
  const handler = ctx.keyByEmail.get(decision.handler.email.toLowerCase());
  if (!handler) throw new Error(`Routing chose ${decision.handler.email}, who is not seeded`);
  const route: IRoute = { handler, reason: decision.reason };
  cache.set(reporter.key, route);
  return route;
}

export function createCaseContext(units: readonly ISeedItem[], people: readonly ISeedPerson[], referenceTime: string): ICaseContext {
  const specByCode = new Map(UNIT_SPECS.map((s) => [s.code, s] as [string, typeof s]));
  const unitMap = new Map<number, IUnitInfo>();
  const unitByDepartment = new Map<string, IUnitInfo>();
  for (const item of units) {
    const v = item.values;
    const code = String(v.UnitCode);
    const spec = specByCode.get(code);
    const info: IUnitInfo = {
      id: item.Id,
      title: String(v.Title),
      code,
      level: v.UnitLevel as UnitLevel,
      parentId: typeof v.ParentUnit === 'number' ? v.ParentUnit : undefined,
      manager: v.UnitManager as string | undefined,
      managerAbsent: v.ManagerAbsent === true,
      substitute: v.Substitute as string | undefined,
      coordinator: v.SecurityCoordinator as string | undefined,
      kind: spec?.kind,
      site: spec?.site ?? String(v.Title)
    };
    unitMap.set(info.id, info);
    if (typeof v.Department === 'string') unitByDepartment.set(v.Department, info);
  }

  const peopleMap = new Map(people.map((p) => [p.key, p] as [string, ISeedPerson]));
  const staffByUnit = new Map<number, ISeedPerson[]>();
  const unitOfPerson = new Map<string, IUnitInfo>();
  for (const person of people) {
    const unit = unitByDepartment.get(person.department);
    if (!unit) continue;
    unitOfPerson.set(person.key, unit);
    if (person.key === unit.manager) continue;
    const list = staffByUnit.get(unit.id) || [];
    list.push(person);
    staffByUnit.set(unit.id, list);
  }

  const enheter = Array.from(unitMap.values()).filter((u) => u.level === 'Enhet' && (staffByUnit.get(u.id) || []).length > 0);
  const unitsForScenario = new Map<string, IUnitInfo[]>();
  for (const scenario of SCENARIOS) {
    const kinds = expandKinds(scenario.kinds);
    const fits = enheter.filter((u) => kinds.has('alla') || (u.kind !== undefined && kinds.has(u.kind)));
    if (fits.length > 0) unitsForScenario.set(scenario.id, fits);
  }

  const securityFunction = people.filter((p) => (p.roles || []).indexOf('securityFunction') >= 0).map((p) => p.key);
  if (securityFunction.length === 0) throw new Error('The organisation needs at least one security function member');
  const firstOfKind = (kind: UnitKind): string | undefined => {
    const unit = enheter.filter((u) => u.kind === kind)[0];
    return unit ? responsibleFor(unit) ?? coordinatorFor(unitMap, unit) : undefined;
  };
  const infosak = people.filter((p) => p.jobTitle === 'Informationssäkerhetsstrateg')[0];
  const owners: Partial<Record<OwnerKind, string>> = {
    fastighet: firstOfKind('fastighet'),
    sakerhetsteknik: firstOfKind('sakerhetsteknik'),
    it: firstOfKind('it'),
    transport: firstOfKind('transport'),
    infosak: infosak ? infosak.key : securityFunction[0],
    sakerhet: securityFunction[0]
  };

  const personOf = (key: unknown): IPerson | undefined => {
    const p = typeof key === 'string' ? peopleMap.get(key) : undefined;
    return p ? toPerson(p) : undefined;
  };
  const organisationUnits: IOrganisationUnit[] = Array.from(unitMap.values()).map((u) => ({
    id: u.id,
    title: u.title,
    code: u.code,
    level: u.level,
    parentId: u.parentId,
    manager: personOf(u.manager),
    managerAbsent: u.managerAbsent,
    substitute: personOf(u.substitute),
    securityCoordinator: personOf(u.coordinator)
  }));
  const root = Array.from(unitMap.values()).filter((u) => u.parentId === undefined && u.coordinator)[0];

  const visitingKinds: UnitKind[] = ['fastighet', 'sakerhetsteknik', 'it', 'transport'];
  return {
    referenceMs: Date.parse(referenceTime),
    people: peopleMap,
    units: unitMap,
    unitByCode: new Map(Array.from(unitMap.values()).map((u) => [u.code, u] as [string, IUnitInfo])),
    staffByUnit,
    unitOfPerson,
    unitsForScenario,
    securityFunction,
    organisationUnits,
    regionalHandler: root?.coordinator ?? securityFunction[0],
    keyByEmail: new Map(people.map((p) => [p.mail.toLowerCase(), p.key] as [string, string])),
    owners,
    visitingUnits: enheter.filter((u) => u.kind !== undefined && visitingKinds.indexOf(u.kind) >= 0)
  };
}
