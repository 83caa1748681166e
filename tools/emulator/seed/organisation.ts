import { TRYGG_GROUPS, TryggGroupKey } from '../../../src/schema/groups';
import { ISeedGroup, ISeedItem, ISeedPerson, SeedRole } from './types';
import { guidFromText, Random } from './random';
import { GIVEN_NAMES, SURNAMES, toKeyPart } from './names';
import { IStaffSpec, IUnitSpec, UNIT_SPECS } from './organisationSpec';
import { PERSONAS } from './personas';

export const MAIL_DOMAIN = 'regionexempel.se';

export interface IRegionOrganisation {
  readonly people: ISeedPerson[];
  readonly groups: ISeedGroup[];
  /** Items of the 'units' list, Ids 1..N in UNIT_SPECS order. */
  readonly units: ISeedItem[];
}

/**
 * PTS reserves 070-174 06 05 … 070-174 06 99 for fiction: no real subscriber is ever reached.
 * Only people who are called about cases (managers, coordinators) get one; there are fewer than 95.
 */
function fictionalMobile(index: number): string | undefined {
  const last = 5 + index;
  return last > 99 ? undefined : `070-174 06 ${String(last).padStart(2, '0')}`;
}

class PeopleBuilder {
  public readonly people: ISeedPerson[] = [];
  private readonly keys = new Set<string>();
  private readonly displayNames = new Set<string>();
  private phones = 0;

  public constructor(private readonly rng: Random) {
    // Generated names must never collide with a persona.
    for (const persona of Object.values(PERSONAS)) {
      this.keys.add(persona.key);
      this.displayNames.add(`${persona.givenName} ${persona.surname}`);
    }
  }

  public add(spec: IStaffSpec, department: string, site: string, managerKey: string | undefined, withPhone: boolean): ISeedPerson {
    const persona = spec.persona;
    let key: string;
    let givenName: string;
    let surname: string;
    if (persona) {
      ({ key, givenName, surname } = persona);
    } else {
      ({ key, givenName, surname } = this.newName());
    }
    const roles: readonly SeedRole[] | undefined = persona?.roles ?? spec.roles;
    const noManager = (persona && 'noManager' in persona && persona.noManager) || spec.noManager;
    const person: ISeedPerson = {
      key,
      graphId: guidFromText(key),
      displayName: `${givenName} ${surname}`,
      givenName,
      surname,
      mail: `${key}@${MAIL_DOMAIN}`,
      userPrincipalName: `${key}@${MAIL_DOMAIN}`,
      jobTitle: spec.jobTitle,
      department,
      officeLocation: site,
      ...(withPhone && fictionalMobile(this.phones) ? { mobilePhone: fictionalMobile(this.phones++) } : {}),
      ...(noManager || !managerKey ? {} : { managerKey }),
      ...(roles && roles.length > 0 ? { roles: [...roles] } : {})
    };
    this.people.push(person);
    return person;
  }

  private newName(): { key: string; givenName: string; surname: string } {
    for (let attempt = 0; attempt < 50; attempt++) {
      const givenName = this.rng.pick(GIVEN_NAMES);
      const surname = this.rng.pick(SURNAMES);
      const key = `${toKeyPart(givenName)}.${toKeyPart(surname)}`;
      const displayName = `${givenName} ${surname}`;
      if (!this.keys.has(key) && !this.displayNames.has(displayName)) {
        this.keys.add(key);
        this.displayNames.add(displayName);
        return { key, givenName, surname };
      }
    }
    throw new Error('Name banks too small for the organisation');
  }
}

function departmentOf(spec: IUnitSpec, byCode: Map<string, IUnitSpec>): string {
  if (spec.level === 'Region' || spec.level === 'Förvaltning') return spec.title;
  let forvaltning = spec;
  while (forvaltning.level !== 'Förvaltning' && forvaltning.parent) {
    forvaltning = byCode.get(forvaltning.parent) as IUnitSpec;
  }
  return `${spec.title}, ${forvaltning.title}`;
}

function staffSpecs(spec: IUnitSpec): IStaffSpec[] {
  const result: IStaffSpec[] = [];
  for (const entry of spec.staff) {
    if (Array.isArray(entry)) {
      const [jobTitle, count] = entry as readonly [string, number];
      for (let i = 0; i < count; i++) result.push({ jobTitle });
    } else {
      result.push(entry as IStaffSpec);
    }
  }
  return result;
}

/** Builds the units, people and groups of Region Exempel. */
export function buildOrganisation(seed: number): IRegionOrganisation {
  const rng = new Random(seed);
  const builder = new PeopleBuilder(rng);
  const byCode = new Map(UNIT_SPECS.map((spec) => [spec.code, spec] as [string, IUnitSpec]));
  const idByCode = new Map(UNIT_SPECS.map((spec, index) => [spec.code, index + 1] as [string, number]));
  const managerByCode = new Map<string, string>();
  const staffByCode = new Map<string, ISeedPerson[]>();

  for (const spec of UNIT_SPECS) {
    const department = departmentOf(spec, byCode);
    const parentManager = spec.parent ? managerByCode.get(spec.parent) : undefined;
    const manager = builder.add(spec.manager, department, spec.site, parentManager, true);
    managerByCode.set(spec.code, manager.key);
    const staff = staffSpecs(spec).map((staffSpec) =>
      builder.add(staffSpec, staffSpec.department ?? department, spec.site, manager.key, /Säkerhet|säkerhet|Biträdande/.test(staffSpec.jobTitle))
    );
    staffByCode.set(spec.code, [manager, ...staff]);
  }

  // Among the unit's manager and staff.
  const findStaff = (code: string, jobTitle: string): string => {
    const person = (staffByCode.get(code) || []).filter((p) => p.jobTitle === jobTitle)[0];
    if (!person) throw new Error(`No ${jobTitle} in ${code}`);
    return person.key;
  };

  const units: ISeedItem[] = UNIT_SPECS.map((spec) => {
    const values: Record<string, string | number | boolean> = {
      Title: spec.title,
      UnitCode: spec.code,
      UnitLevel: spec.level,
      Department: departmentOf(spec, byCode),
      UnitManager: managerByCode.get(spec.code) as string,
      ManagerAbsent: spec.managerAbsent === true
    };
    if (spec.parent) values.ParentUnit = idByCode.get(spec.parent) as number;
    if (spec.substituteTitle) values.Substitute = findStaff(spec.code, spec.substituteTitle);
    if (spec.coordinator) values.SecurityCoordinator = findStaff(spec.coordinator[0], spec.coordinator[1]);
    return { Id: idByCode.get(spec.code) as number, values };
  });

  const people = builder.people;
  const withRole = (role: SeedRole): string[] => people.filter((p) => (p.roles || []).indexOf(role) >= 0).map((p) => p.key);
  // Everyone who may be handed a case: unit managers, their substitutes and security coordinators.
  const handlers = Array.from(
    new Set(
      units
        .map((u) => [u.values.UnitManager, u.values.Substitute, u.values.SecurityCoordinator])
        .reduce((all, keys) => all.concat(keys), [])
        .filter((key): key is string => typeof key === 'string')
    )
  );
  const membersOf: Record<TryggGroupKey, string[]> = {
    securityFunction: withRole('securityFunction'),
    admins: withRole('admin'),
    documentOwners: withRole('documentOwner'),
    managers: handlers,
    members: people.map((p) => p.key)
  };
  const groups: ISeedGroup[] = (Object.keys(TRYGG_GROUPS) as TryggGroupKey[]).map((key) => ({
    key,
    title: TRYGG_GROUPS[key].title,
    description: TRYGG_GROUPS[key].description,
    memberKeys: membersOf[key]
  }));

  return { people, groups, units };
}
