import { IHistoryEntry, IMtoCause } from '../../../src/domain/deviations/types';
import {
  ACTION_STATUSES,
  DEVIATION_STATUSES,
  DEVIATION_TYPES,
  MTO_CATEGORIES,
  ROUTING_REASONS
} from '../../../src/domain/deviations/vocabulary';
import { AREAS_WITH_MSB_CATEGORY, SECURITY_AREAS } from '../../../src/domain/securityAreas';
import { IOrganisationUnit, IPerson, UNIT_LEVELS } from '../../../src/domain/organisation';
import { decideRouting } from '../../../src/domain/deviations/routing';
import { allowedNextStatuses, requiresSecurityApproval } from '../../../src/domain/deviations/workflow';
import { regionalSecurityFunction } from '../../../src/services/deviations/DeviationReportingService';
import { buildRegionCases, buildRegionExempel, PERSONAS, REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { PROTECTED_CASES_APP } from '../../../tools/emulator/seed/protectedCases';
import { ISeedData, ISeedItem, ISeedPerson } from '../../../tools/emulator/seed/types';
import { PROTECTED_CASE_TITLE } from '../../../src/domain/deviations/draftValidation';
import { schemaErrors } from './schemaCheck';

const seed: ISeedData = buildRegionExempel();
const reference = Date.parse(REFERENCE_TIME);
const DAY = 24 * 60 * 60 * 1000;
const people = new Map(seed.people.map((p) => [p.key, p] as [string, ISeedPerson]));
const units = seed.items.units;
const unitById = new Map(units.map((u) => [u.Id, u] as [number, ISeedItem]));
// Sensitive cases live in the protected lists, with ids of their own: item ids repeat between the two.
const openCases = seed.items.deviations;
const protectedCases = seed.items.protectedDeviations;
const openActions = seed.items.deviationActions;
const protectedActions = seed.items.protectedActions;
/** Every case, wherever it is kept: what the region has reported. */
const deviations = [...openCases, ...protectedCases];
const actions = [...openActions, ...protectedActions];
/** Each list with its own actions, for what goes by item id. */
const STORES = [
  { store: 'open', cases: openCases, actions: openActions },
  { store: 'protected', cases: protectedCases, actions: protectedActions }
] as const;
const group = (key: string): readonly string[] => seed.groups.filter((g) => g.key === key)[0].memberKeys;

function unitOf(person: ISeedPerson): ISeedItem | undefined {
  return units.filter((u) => u.values.Department === person.department)[0];
}

function coordinatorChain(unitId: number): string[] {
  const result: string[] = [];
  let unit = unitById.get(unitId);
  while (unit) {
    if (unit.values.SecurityCoordinator) result.push(unit.values.SecurityCoordinator as string);
    unit = unit.values.ParentUnit === undefined ? undefined : unitById.get(unit.values.ParentUnit as number);
  }
  return result;
}

const history = (d: ISeedItem): IHistoryEntry[] => JSON.parse(d.values.History as string);
const asPerson = (key: unknown): IPerson | undefined => {
  const p = typeof key === 'string' ? people.get(key) : undefined;
  return p ? { displayName: p.displayName, email: p.mail } : undefined;
};
// The units as the product reads them, for its own routing rule.
const organisationUnits: IOrganisationUnit[] = units.map((u) => ({
  id: u.Id,
  title: u.values.Title as string,
  code: u.values.UnitCode as string,
  level: u.values.UnitLevel as IOrganisationUnit['level'],
  parentId: u.values.ParentUnit as number | undefined,
  department: u.values.Department as string,
  manager: asPerson(u.values.UnitManager),
  managerAbsent: u.values.ManagerAbsent === true,
  substitute: asPerson(u.values.Substitute),
  securityCoordinator: asPerson(u.values.SecurityCoordinator)
}));
const distinct = (values: unknown[]): Set<unknown> => new Set(values.filter((v) => v !== undefined));

describe('Region Exempel seed', () => {
  it('is deterministic', () => {
    expect(buildRegionExempel()).toEqual(seed);
    expect(seed.referenceTime).toBe('2026-11-20T08:00:00.000Z');
  });

  it('has roughly the described size', () => {
    expect(units.length).toBeGreaterThanOrEqual(36);
    expect(units.length).toBeLessThanOrEqual(48);
    expect(seed.people.length).toBeGreaterThanOrEqual(270);
    expect(seed.people.length).toBeLessThanOrEqual(330);
    // 150 cases in all, open and protected.
    expect(deviations.length).toBe(150);
    expect(openCases.length).toBeGreaterThan(protectedCases.length);
    expect(protectedCases.length).toBeGreaterThanOrEqual(20);
    expect(actions.length).toBeGreaterThanOrEqual(90);
    expect(actions.length).toBeLessThanOrEqual(170);
  });

  it('fits the schema declaration', () => {
    expect(schemaErrors(seed)).toEqual([]);
  });

  describe('organisation', () => {
    it('is one tree under the region, with unique codes and every level', () => {
      const roots = units.filter((u) => u.values.ParentUnit === undefined);
      expect(roots.map((u) => u.values.UnitLevel)).toEqual(['Region']);
      for (const unit of units) {
        const seen = new Set<number>();
        let current: ISeedItem | undefined = unit;
        while (current && current.values.ParentUnit !== undefined) {
          expect(seen.has(current.Id)).toBe(false);
          seen.add(current.Id);
          const parent = unitById.get(current.values.ParentUnit as number) as ISeedItem;
          expect(UNIT_LEVELS.indexOf(parent.values.UnitLevel as never)).toBe(UNIT_LEVELS.indexOf(current.values.UnitLevel as never) - 1);
          current = parent;
        }
      }
      expect(distinct(units.map((u) => u.values.UnitLevel))).toEqual(new Set(UNIT_LEVELS));
      expect(distinct(units.map((u) => u.values.Department)).size).toBe(units.length);
      expect(units.map((u) => u.Id)).toEqual(units.map((_, i) => i + 1));
    });

    it('has a manager for every unit; absent managers have a substitute in the unit or none', () => {
      for (const unit of units) {
        expect(people.has(unit.values.UnitManager as string)).toBe(true);
        if (unit.values.Substitute) {
          expect(unit.values.ManagerAbsent).toBe(true);
          expect(people.get(unit.values.Substitute as string)?.department).toBe(unit.values.Department);
        }
      }
      const absent = units.filter((u) => u.values.ManagerAbsent === true);
      expect(absent.some((u) => u.values.Substitute)).toBe(true);
      expect(absent.some((u) => !u.values.Substitute)).toBe(true);
    });

    it('has acyclic manager chains that end at the regional director', () => {
      const director = units.filter((u) => u.values.UnitLevel === 'Region')[0].values.UnitManager as string;
      expect(people.get(director)?.managerKey).toBeUndefined();
      const withoutManager = seed.people.filter((p) => !p.managerKey).map((p) => p.key);
      expect(withoutManager).toContain(director);
      expect(withoutManager).toContain(PERSONAS.reporterWithoutManager.key);
      expect(withoutManager.length).toBeGreaterThanOrEqual(3);
      for (const person of seed.people) {
        const seen = new Set<string>([person.key]);
        let current = person;
        while (current.managerKey) {
          expect(people.has(current.managerKey)).toBe(true);
          expect(seen.has(current.managerKey)).toBe(false);
          seen.add(current.managerKey);
          current = people.get(current.managerKey) as ISeedPerson;
        }
        expect(seen.size).toBeLessThanOrEqual(6);
      }
    });

    it('places staff under their unit manager and managers under the parent unit manager', () => {
      const outside = seed.people.filter((p) => !unitOf(p));
      // Only external consultants have a directory department that is no unit.
      expect(outside.map((p) => [p.department, p.managerKey])).toEqual([['Extern konsult', undefined]]);
      for (const person of seed.people) {
        const unit = unitOf(person);
        if (!person.managerKey || !unit) continue;
        if (person.key === unit.values.UnitManager) {
          const parent = unitById.get(unit.values.ParentUnit as number) as ISeedItem;
          expect(person.managerKey).toBe(parent.values.UnitManager);
        } else {
          expect(person.managerKey).toBe(unit.values.UnitManager);
        }
      }
    });

    it('has unique keys, addresses and GUIDs derived from the key', () => {
      expect(people.size).toBe(seed.people.length);
      expect(distinct(seed.people.map((p) => p.graphId)).size).toBe(seed.people.length);
      for (const p of seed.people) {
        expect(p.graphId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(p.mail).toBe(`${p.key}@regionexempel.se`);
        expect(p.userPrincipalName).toBe(p.mail);
        expect(p.key).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+$/);
        expect(p.displayName).toBe(`${p.givenName} ${p.surname}`);
      }
      expect(seed.people.some((p) => /[åäöé]/i.test(p.displayName))).toBe(true);
    });

    it('has a root coordinator in the security function, which the product needs to route reports', () => {
      const handler = regionalSecurityFunction(organisationUnits);
      expect(handler.email).toBe(`${PERSONAS.securityFunction.key}@regionexempel.se`);
    });

    it('has the groups with the right members', () => {
      expect(seed.groups.map((g) => [g.key, g.title])).toEqual([
        ['members', 'Trygg Medlemmar'],
        ['managers', 'Chefer'],
        ['securityFunction', 'Säkerhetsfunktionen'],
        ['documentOwners', 'Dokumentägare'],
        ['admins', 'Trygg Ägare']
      ]);
      expect(group('securityFunction')).toContain(PERSONAS.securityFunction.key);
      expect(group('securityFunction').length).toBeGreaterThanOrEqual(3);
      expect(group('securityFunction').length).toBeLessThanOrEqual(4);
      expect(group('admins')).toContain(PERSONAS.admin.key);
      expect(group('documentOwners')).toContain(PERSONAS.documentOwner.key);
      // Everyone who may be handed a case: managers, substitutes and security coordinators.
      expect(new Set(group('managers'))).toEqual(
        distinct(units.flatMap((u) => [u.values.UnitManager, u.values.Substitute, u.values.SecurityCoordinator]).filter((k) => k !== undefined))
      );
      expect(group('managers')).toEqual(expect.arrayContaining([PERSONAS.substitute.key, PERSONAS.securityCoordinator.key]));
      expect(group('members').length).toBe(seed.people.length);
      for (const g of seed.groups) for (const key of g.memberKeys) expect(people.has(key)).toBe(true);
      for (const p of seed.people) {
        expect((p.roles || []).indexOf('securityFunction') >= 0).toBe(group('securityFunction').indexOf(p.key) >= 0);
      }
    });
  });

  describe('personas', () => {
    const unitByCode = (code: string): ISeedItem => units.filter((u) => u.values.UnitCode === code)[0];

    it('exist with the specified names and titles', () => {
      for (const persona of Object.values(PERSONAS)) {
        const person = people.get(persona.key) as ISeedPerson;
        expect(person).toBeDefined();
        expect(person.displayName).toBe(`${persona.givenName} ${persona.surname}`);
        expect(person.jobTitle).toBe(persona.jobTitle);
      }
    });

    it('anna.svensson reports to lars.holm, present manager of Akutmottagningen', () => {
      const aku = unitByCode('RE-SJH-AKU');
      expect(people.get('anna.svensson')?.managerKey).toBe('lars.holm');
      expect(people.get('anna.svensson')?.department).toBe(aku.values.Department);
      expect(aku.values.UnitManager).toBe('lars.holm');
      expect(aku.values.ManagerAbsent).toBe(false);
      expect(aku.values.UnitLevel).toBe('Enhet');
    });

    it('sara.lind has an absent manager karin.strom with substitute johan.falk', () => {
      const unit = unitOf(people.get('sara.lind') as ISeedPerson) as ISeedItem;
      expect(people.get('sara.lind')?.managerKey).toBe('karin.strom');
      expect(unit.values.UnitManager).toBe('karin.strom');
      expect(unit.values.ManagerAbsent).toBe(true);
      expect(unit.values.Substitute).toBe('johan.falk');
    });

    it('olle.ek is in IT-drift with no manager', () => {
      expect(people.get('olle.ek')?.managerKey).toBeUndefined();
      expect(unitOf(people.get('olle.ek') as ISeedPerson)?.values.UnitCode).toBe('RE-RS-ITD');
    });

    it('maria.berg coordinates the hospital and all its units', () => {
      const hospital = unitByCode('RE-SJH');
      const below = units.filter((u) => String(u.values.UnitCode).indexOf('RE-SJH') === 0);
      expect(below.length).toBeGreaterThan(5);
      for (const unit of below) expect(unit.values.SecurityCoordinator).toBe('maria.berg');
      expect(people.get('maria.berg')?.department).toBe(hospital.values.Department);
    });

    it('have cases to work with', () => {
      const handledBy = (key: string): ISeedItem[] => deviations.filter((d) => d.values.Handler === key);
      expect(deviations.filter((d) => d.values.Reporter === 'anna.svensson').length).toBeGreaterThanOrEqual(3);
      expect(handledBy('lars.holm').some((d) => d.values.Status === 'Ny')).toBe(true);
      expect(handledBy('johan.falk').every((d) => d.values.RoutingReason === 'Ersättare')).toBe(true);
      expect(handledBy('johan.falk').length).toBeGreaterThan(0);
      expect(protectedCases.some((d) => d.values.Status !== 'Avslutad' && d.values.Status !== 'Avvisad')).toBe(true);
      // Lars handles a protected case on threats and violence that waits for the security function.
      expect(
        protectedCases.some(
          (d) => d.values.Handler === 'lars.holm' && d.values.SecurityArea === 'Hot och våld' && d.values.Status === 'Åtgärdas' && !d.values.SecurityApprovedAt
        )
      ).toBe(true);
      // Anna has protected reports of her own to follow.
      expect(protectedCases.filter((d) => d.values.Reporter === 'anna.svensson').length).toBeGreaterThan(0);
    });
  });

  describe('deviations', () => {
    it('cover every area, type, status and routing reason', () => {
      expect(distinct(deviations.map((d) => d.values.SecurityArea))).toEqual(new Set(SECURITY_AREAS));
      expect(distinct(deviations.map((d) => d.values.DeviationType))).toEqual(new Set(DEVIATION_TYPES));
      expect(distinct(deviations.map((d) => d.values.Status))).toEqual(new Set(DEVIATION_STATUSES));
      expect(distinct(deviations.map((d) => d.values.RoutingReason))).toEqual(new Set(ROUTING_REASONS));
      expect(distinct(actions.map((a) => a.values.ActionStatus))).toEqual(new Set(ACTION_STATUSES));
    });

    it('span the 14 months before the reference time, recent ones open and old ones closed', () => {
      const ages = deviations.map((d) => (reference - Date.parse(d.values.ReportedAt as string)) / DAY);
      expect(Math.min(...ages)).toBeGreaterThan(0);
      expect(Math.max(...ages)).toBeLessThanOrEqual(14 * 31);
      expect(Math.max(...ages)).toBeGreaterThan(300);
      const share = (filter: (d: ISeedItem, age: number) => boolean, range: [number, number]): number => {
        const inRange = deviations.filter((_, i) => ages[i] >= range[0] && ages[i] < range[1]);
        return inRange.filter((d, i) => filter(d, ages[i])).length / inRange.length;
      };
      const open = (d: ISeedItem): boolean => d.values.Status === 'Ny' || d.values.Status === 'Mottagen';
      expect(share(open, [0, 14])).toBeGreaterThan(0.4);
      expect(share((d) => d.values.Status === 'Avslutad', [90, 500])).toBeGreaterThan(0.7);
      // Ids grow with the report time in each list, as in SharePoint.
      for (const { cases } of STORES) {
        const reported = cases.map((d) => d.values.ReportedAt as string);
        expect([...reported].sort()).toEqual(reported);
      }
    });

    it('include overdue cases', () => {
      const notAcknowledged = deviations.filter(
        (d) => d.values.Status === 'Ny' && reference - Date.parse(d.values.ReportedAt as string) > 3 * DAY
      );
      const longOpen = deviations.filter(
        (d) => ['Mottagen', 'Utreds', 'Åtgärdas'].indexOf(d.values.Status as string) >= 0 && reference - Date.parse(d.values.ReportedAt as string) > 30 * DAY
      );
      const overdueActions = actions.filter((a) => a.values.ActionStatus !== 'Klar' && Date.parse(a.values.DueDate as string) < reference);
      expect(notAcknowledged.length).toBeGreaterThan(0);
      expect(longOpen.length).toBeGreaterThan(0);
      expect(overdueActions.length).toBeGreaterThan(0);
    });

    it('have history consistent with the status', () => {
      for (const d of deviations) {
        const v = d.values;
        const entries = history(d);
        expect(entries[0]).toEqual(expect.objectContaining({ to: 'Ny', at: v.ReportedAt, byEmail: people.get(v.Reporter as string)?.mail }));
        expect(entries[0].from).toBeUndefined();
        for (let i = 1; i < entries.length; i++) {
          expect(entries[i].from).toBe(entries[i - 1].to);
          expect(allowedNextStatuses(entries[i - 1].to)).toContain(entries[i].to);
          expect(entries[i].at >= entries[i - 1].at).toBe(true);
        }
        const last = entries[entries.length - 1];
        expect(last.to).toBe(v.Status);
        expect(Date.parse(last.at)).toBeLessThanOrEqual(reference);
        expect(d.Modified).toBe(last.at);
        for (const e of entries) expect(Array.from(people.values()).some((p) => p.mail === e.byEmail && p.displayName === e.byName)).toBe(true);
        expect(v.AcknowledgedAt).toBe(entries.length > 1 ? entries[1].at : undefined);
        if (v.Status === 'Avslutad' || v.Status === 'Avvisad') expect(v.ClosedAt).toBe(last.at);
        else expect(v.ClosedAt).toBeUndefined();
      }
    });

    it('have consistent times, people and classification', () => {
      for (const d of deviations) {
        const v = d.values;
        const entries = history(d);
        expect(v.OccurredAt! < v.ReportedAt!).toBe(true);
        if (v.Sensitive) {
          // Added by the protected-cases function, as its app: Created By is not the reporter.
          expect(d.Author).toBeUndefined();
          expect(d.AuthorApp).toBe(PROTECTED_CASES_APP.clientId);
        } else {
          expect(d.Author).toBe(v.Reporter);
          expect(d.AuthorApp).toBeUndefined();
        }
        expect(d.Created).toBe(v.ReportedAt);
        expect(unitById.get(v.Unit as number)?.values.UnitLevel).toBe('Enhet');
        const reporterUnit = v.ReporterUnit === undefined ? undefined : unitById.get(v.ReporterUnit as number);
        expect(reporterUnit?.values.Department).toBe(unitOf(people.get(v.Reporter as string) as ISeedPerson)?.values.Department);
        expect(v.Sensitive).toBe(v.SecurityArea === 'Hot och våld' || v.InvolvesPersonalData === true || v.SuspectedCrime === true);
        expect((v.Title as string).length).toBeLessThanOrEqual(255);

        const takenIn = entries.length > 1 && entries[1].to !== 'Avvisad';
        if (takenIn) {
          for (const f of ['DeviationType', 'SecurityArea', 'ActualConsequence', 'PotentialConsequence']) expect(v[f]).toBeDefined();
          expect(v.ActualConsequence! <= v.PotentialConsequence!).toBe(true);
        } else {
          expect(v.ActualConsequence).toBeUndefined();
        }
        const msbArea = AREAS_WITH_MSB_CATEGORY.indexOf(v.SecurityArea as never) >= 0;
        expect(v.MsbCategory !== undefined).toBe(takenIn && msbArea);

        // The product requires causes before Åtgärdas and Avslutad; they are recorded from Utreds.
        const investigated = ['Utreds', 'Åtgärdas', 'Avslutad'].indexOf(v.Status as string) >= 0;
        expect(v.MtoCauses !== undefined).toBe(investigated);
        if (v.MtoCauses) {
          const causes: IMtoCause[] = JSON.parse(v.MtoCauses as string);
          expect(causes.length).toBeGreaterThan(0);
          for (const c of causes) {
            expect(MTO_CATEGORIES).toContain(c.category);
            expect(c.text.length).toBeGreaterThan(10);
          }
        }

        if (v.Status === 'Avslutad') {
          expect(v.Feedback).toBeDefined();
          expect(v.FeedbackAt).toBe(v.ClosedAt);
          expect(v.ApprovedBy).toBe(v.Handler);
          const approval = requiresSecurityApproval({
            area: v.SecurityArea as never,
            involvesPersonalData: v.InvolvesPersonalData === true,
            suspectedCrime: v.SuspectedCrime === true
          });
          expect(approval).toBe(v.Sensitive);
          expect(v.SecurityApprovedBy !== undefined).toBe(v.Sensitive);
          if (v.Sensitive) {
            expect(group('securityFunction')).toContain(v.SecurityApprovedBy);
            expect(v.SecurityApprovedAt! <= v.ClosedAt!).toBe(true);
            expect(v.SecurityApprovedAt! > v.AcknowledgedAt!).toBe(true);
          }
        } else {
          expect(v.Feedback).toBeUndefined();
          expect(v.ApprovedBy).toBeUndefined();
          expect(v.SecurityApprovedBy).toBeUndefined();
        }
        expect(v.RejectionReason !== undefined).toBe(v.Status === 'Avvisad');
      }
    });

    it('are routed as the product routes them', () => {
      const regional = regionalSecurityFunction(organisationUnits);
      for (const d of deviations) {
        const v = d.values;
        const reporter = people.get(v.Reporter as string) as ISeedPerson;
        const handler = v.Handler as string;
        const entries = history(d);
        // Who the report went to at submission: the first handler to act, or the handler if none has yet.
        const firstHandler = entries.length > 1 ? entries[1].byEmail : people.get(handler)?.mail;
        const manager = asPerson(reporter.managerKey);
        const decision = decideRouting({
          managerLookup: manager ? { outcome: 'found', manager } : { outcome: 'none' },
          reporterUnitId: v.ReporterUnit as number | undefined,
          units: organisationUnits,
          securityFunction: regional
        });
        expect(firstHandler).toBe(decision.handler.email);
        if (v.RoutingReason === 'Eskalerad') {
          expect(group('securityFunction')).toContain(handler);
        } else if (v.RoutingReason === 'Omfördelad') {
          expect(v.Unit).not.toBe(v.ReporterUnit);
          const unit = unitById.get(v.Unit as number) as ISeedItem;
          // To whoever answers for the unit now: the present manager, the stand-in, else the coordinator.
          const answering = unit.values.ManagerAbsent ? unit.values.Substitute ?? coordinatorChain(unit.Id)[0] : unit.values.UnitManager;
          expect(handler).toBe(answering);
        } else {
          expect(v.RoutingReason).toBe(decision.reason);
          expect(people.get(handler)?.mail).toBe(decision.handler.email);
        }
        if (entries.length > 2) expect(entries[entries.length - 1].byEmail).toBe(people.get(handler)?.mail);
      }
    });

    it('show each routing situation', () => {
      // Handed-over cases keep the reason of the hand-over instead.
      const handOvers = ['Eskalerad', 'Omfördelad'];
      const reasonsFor = (reporter: string): unknown[] =>
        Array.from(distinct(deviations.filter((d) => d.values.Reporter === reporter).map((d) => d.values.RoutingReason))).filter(
          (r) => handOvers.indexOf(r as string) < 0
        );
      expect(reasonsFor('anna.svensson')).toEqual(['Chef']);
      expect(reasonsFor('sara.lind')).toEqual(['Ersättare']);
      expect(reasonsFor('olle.ek')).toEqual(['Säkerhetssamordnare']);
      expect(deviations.filter((d) => d.values.Handler === d.values.Reporter)).toEqual([]);
      const regionalCases = deviations.filter((d) => d.values.RoutingReason === 'Säkerhetsfunktion');
      expect(regionalCases.every((d) => d.values.ReporterUnit === undefined && d.values.Handler === 'peter.sjoberg')).toBe(true);
    });

    it('have unique GUID client request ids', () => {
      const ids = deviations.map((d) => d.values.ClientRequestId as string);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });

  describe('actions', () => {
    /** Each action with its case, looked up in its own list (ids repeat between the lists). */
    const withCase = STORES.flatMap(({ cases, actions: listActions }) => {
      const caseById = new Map(cases.map((d) => [d.Id, d] as [number, ISeedItem]));
      return listActions.map((a) => ({ a, d: caseById.get(a.values.Deviation as number) }));
    });

    it('belong to cases being investigated, acted on or closed', () => {
      expect(withCase).toHaveLength(actions.length);
      for (const { d } of withCase) expect(['Utreds', 'Åtgärdas', 'Avslutad']).toContain(d?.values.Status);
      for (const { cases, actions: listActions } of STORES) {
        const withActions = new Set(listActions.map((a) => a.values.Deviation));
        for (const d of cases) {
          const actedOn = history(d).some((e) => e.to === 'Åtgärdas');
          if (actedOn) expect(withActions.has(d.Id)).toBe(true);
          if (d.values.Status === 'Avslutad' && !actedOn) expect(withActions.has(d.Id)).toBe(false);
        }
      }
      // Some investigations conclude that no actions are needed.
      expect(deviations.some((d) => d.values.Status === 'Avslutad' && !history(d).some((e) => e.to === 'Åtgärdas'))).toBe(true);
    });

    it('are done for closed cases, mixed for open ones, with consistent dates', () => {
      for (const { a, d: found } of withCase) {
        const d = found as ISeedItem;
        const v = a.values;
        expect(Date.parse(v.DueDate as string) % DAY).toBe(0);
        expect(v.CompletedAt !== undefined).toBe(v.ActionStatus === 'Klar');
        expect(a.Created! >= (d.values.AcknowledgedAt as string)).toBe(true);
        expect(Date.parse(a.Modified as string)).toBeLessThanOrEqual(reference);
        if (d.values.Status === 'Avslutad') {
          expect(v.ActionStatus).toBe('Klar');
          expect(v.CompletedAt! <= d.values.ClosedAt!).toBe(true);
        }
        if (v.CompletedAt) expect(v.CompletedAt >= a.Created!).toBe(true);
      }
      const open = withCase.filter(({ d }) => d?.values.Status === 'Åtgärdas').map(({ a }) => a);
      expect(distinct(open.map((a) => a.values.ActionStatus)).size).toBeGreaterThan(1);
    });
  });

  describe('protected cases', () => {
    // The region as generated, before the sensitive cases are moved: ids in report order across all cases.
    const before = buildRegionCases();
    const sensitiveBefore = before.deviations.filter((d) => d.values.Sensitive === true);
    const openBefore = before.deviations.filter((d) => d.values.Sensitive !== true);
    const isSensitive = (v: ISeedItem['values']): boolean =>
      requiresSecurityApproval({ area: v.SecurityArea as never, involvesPersonalData: v.InvolvesPersonalData === true, suspectedCrime: v.SuspectedCrime === true });
    const protectedById = new Map(protectedCases.map((d) => [d.Id, d] as [number, ISeedItem]));
    const openById = new Map(openCases.map((d) => [d.Id, d] as [number, ISeedItem]));

    it('are exactly the sensitive cases, and no open case is sensitive', () => {
      expect(before.deviations).toHaveLength(150);
      expect(sensitiveBefore.length).toBeGreaterThan(0);
      for (const d of protectedCases) {
        expect(d.values.Sensitive).toBe(true);
        expect(isSensitive(d.values)).toBe(true);
      }
      for (const d of openCases) {
        expect(d.values.Sensitive).toBe(false);
        expect(isSensitive(d.values)).toBe(false);
      }
      // Every area is reported somewhere; threats and violence only as protected cases.
      expect(distinct(openCases.map((d) => d.values.SecurityArea)).has('Hot och våld')).toBe(false);
      expect(distinct(protectedCases.map((d) => d.values.SecurityArea)).has('Hot och våld')).toBe(true);
    });

    it('are moved unchanged but for the headline: open cases keep their ids, protected ones are numbered from 1 in report order', () => {
      expect(openCases).toEqual(openBefore);
      expect(protectedCases.map((d) => d.Id)).toEqual(protectedCases.map((_, i) => i + 1));
      // The headline moves out of Title, which SharePoint shows where item permissions do not reach.
      expect(protectedCases.map((d) => ({ Created: d.Created, Modified: d.Modified, values: d.values }))).toEqual(
        sensitiveBefore.map((d) => ({
          Created: d.Created,
          Modified: d.Modified,
          values: { ...d.values, Title: PROTECTED_CASE_TITLE, Headline: d.values.Title }
        }))
      );
      // One report, one case: no client request id is in both lists.
      const openIds = new Set(openCases.map((d) => d.values.ClientRequestId));
      expect(protectedCases.filter((d) => openIds.has(d.values.ClientRequestId))).toEqual([]);
    });

    it('are added by the function\'s app and shared with exactly their reporter (Read) and handler (Contribute)', () => {
      expect(seed.apps).toEqual([PROTECTED_CASES_APP]);
      for (const d of protectedCases) {
        expect(d.AuthorApp).toBe(PROTECTED_CASES_APP.clientId);
        expect(d.roleAssignments).toEqual([
          { principal: { personKey: d.values.Reporter }, level: 'Read' },
          { principal: { personKey: d.values.Handler }, level: 'Contribute' }
        ]);
        expect(d.values.Reporter).not.toBe(d.values.Handler);
      }
      // Open cases inherit the list's permissions.
      for (const d of [...openCases, ...openActions]) expect(d.roleAssignments).toBeUndefined();
    });

    it('take their actions along: protected actions point at protected cases, no open action at a moved case', () => {
      expect(protectedActions.length).toBeGreaterThan(0);
      expect(openActions.length + protectedActions.length).toBe(before.actions.length);
      expect(protectedActions.map((a) => a.Id)).toEqual(protectedActions.map((_, i) => i + 1));
      const movedBefore = new Set(sensitiveBefore.map((d) => d.Id));
      for (const a of openActions) {
        expect(openById.has(a.values.Deviation as number)).toBe(true);
        expect(movedBefore.has(a.values.Deviation as number)).toBe(false);
      }
      expect(openActions).toEqual(before.actions.filter((a) => !movedBefore.has(a.values.Deviation as number)));

      // Each protected action is the moved one, pointing at its case's new id.
      const newIdOf = new Map(sensitiveBefore.map((d, i) => [d.Id, i + 1] as [number, number]));
      const movedActions = before.actions.filter((a) => movedBefore.has(a.values.Deviation as number));
      expect(protectedActions.map((a) => a.values)).toEqual(
        movedActions.map((a) => ({ ...a.values, Deviation: newIdOf.get(a.values.Deviation as number) }))
      );
      for (const a of protectedActions) {
        const d = protectedById.get(a.values.Deviation as number) as ISeedItem;
        expect(d).toBeDefined();
        expect(a.AuthorApp).toBe(PROTECTED_CASES_APP.clientId);
        // Shared with the case's handler and the action's owner, who may be the same person.
        const people = (a.roleAssignments || []).map((r) => ('personKey' in r.principal ? r.principal.personKey : undefined));
        expect(new Set(people)).toEqual(new Set([d.values.Handler, a.values.ActionOwner]));
        expect(people).toHaveLength(new Set(people).size);
        for (const r of a.roleAssignments || []) expect(r.level).toBe('Contribute');
      }
    });

    it('can be found by the product: the tenant properties name the function and its app', () => {
      expect(seed.storageEntities?.TryggProtectedCasesUrl.value).toBe('/functions/protected-cases/api');
      expect(seed.storageEntities?.TryggProtectedCasesResource.value).toBe(`api://${PROTECTED_CASES_APP.clientId}`);
    });
  });
});
