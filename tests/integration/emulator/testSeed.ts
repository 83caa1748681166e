/**
 * A small, self-contained seed for the emulator's tests (independent of the region seed): five people,
 * two groups, three units, a few deviations, plus two test lists — a large one for paging and the list
 * view threshold, and a private one (ReadSecurity/WriteSecurity = own items).
 */
import { createHash } from 'node:crypto';
import { IListDefinition, TRYGG_LISTS } from '../../../src/schema';
import type { ISeedData, ISeedItem, ISeedPerson } from '../../../tools/emulator/seed/types';

export const DOMAIN = 'region-test.se';
export const upn = (key: string): string => `${key}@${DOMAIN}`;

/** Everyone contributes, the security function edits, admins have full control. */
const TEST_ASSIGNMENTS: IListDefinition['roleAssignments'] = [
  { group: 'members', level: 'Contribute' },
  { group: 'securityFunction', level: 'Edit' },
  { group: 'admins', level: 'Full Control' }
];

export const largeList: IListDefinition = {
  key: 'large',
  title: 'TestStor',
  description: 'Many items: paging and the list view threshold.',
  template: 100,
  roleAssignments: TEST_ASSIGNMENTS,
  fields: [
    { name: 'Seq', title: 'Löpnummer', type: 'Number', indexed: true },
    { name: 'Bucket', title: 'Hink', type: 'Choice', choices: ['A', 'B', 'C'], indexed: true },
    { name: 'Remark', title: 'Anmärkning', type: 'Text' }
  ]
};

export const privateList: IListDefinition = {
  key: 'private',
  title: 'TestPrivat',
  description: 'Users see and edit only their own items.',
  template: 100,
  readSecurity: 2,
  writeSecurity: 2,
  roleAssignments: TEST_ASSIGNMENTS,
  fields: [{ name: 'Secret', title: 'Hemlighet', type: 'Text' }]
};

export const documentLibrary: IListDefinition = {
  key: 'documents',
  title: 'TestDokument',
  description: 'A document library with versions.',
  template: 101,
  enableVersioning: true,
  roleAssignments: TEST_ASSIGNMENTS,
  fields: [{ name: 'DocStatus', title: 'Dokumentstatus', type: 'Choice', choices: ['Utkast', 'Fastställd'] }]
};

/**
 * Trygg's lists with the emulator tests' own simple permissions: these tests exercise the emulator's
 * mechanics (queries, ETags, item-level scopes); Trygg's permission model has its own tests.
 */
export const TEST_LISTS: readonly IListDefinition[] = [
  ...TRYGG_LISTS.map((list) => ({ ...list, readSecurity: 1 as const, writeSecurity: 1 as const, roleAssignments: TEST_ASSIGNMENTS })),
  largeList,
  privateList,
  documentLibrary
];

/** A directory person with a stable id derived from the key. */
export function person(key: string, displayName: string, jobTitle: string, managerKey?: string, department = 'Säkerhetsavdelningen'): ISeedPerson {
  const [givenName, surname] = displayName.split(' ');
  const h = createHash('md5').update(key).digest('hex');
  return {
    key,
    graphId: `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`,
    displayName,
    givenName,
    surname,
    mail: upn(key),
    userPrincipalName: upn(key),
    jobTitle,
    department,
    managerKey
  };
}

export const PEOPLE = {
  admin: 'anna.admin',
  security: 'bertil.sakerhet',
  worker: 'cecilia.vard',
  other: 'david.vard',
  manager: 'erik.chef'
} as const;

export interface ITestSeedOptions {
  /** Items in the large list (default 0). */
  readonly largeItems?: number;
}

export function buildTestSeed(options: ITestSeedOptions = {}): ISeedData {
  const people: ISeedPerson[] = [
    { ...person(PEOPLE.admin, 'Anna Admin', 'Systemförvaltare'), roles: ['admin'] },
    { ...person(PEOPLE.security, 'Bertil Säkerhet', 'Säkerhetssamordnare'), roles: ['securityFunction'] },
    person(PEOPLE.worker, "Cecilia O'Brien", 'Sjuksköterska', PEOPLE.manager),
    person(PEOPLE.other, 'David Vård', 'Undersköterska'),
    person(PEOPLE.manager, 'Erik Chef', 'Enhetschef')
  ];
  const units: ISeedItem[] = [
    { Id: 1, values: { Title: 'Region Test', UnitCode: 'R1', UnitLevel: 'Region' } },
    { Id: 2, values: { Title: 'Akutkliniken', UnitCode: 'AK', UnitLevel: 'Enhet', ParentUnit: 1, UnitManager: PEOPLE.manager, Department: 'Akut' } },
    { Id: 3, values: { Title: "Barn- och ungdomsmottagningen 'Solen'", UnitCode: 'BU', UnitLevel: 'Enhet', ParentUnit: 1, UnitManager: PEOPLE.manager } }
  ];
  const deviation = (id: number, title: string, unit: number, status: string, author: string, handler?: string): ISeedItem => ({
    Id: id,
    Author: author,
    Created: `2025-03-0${id}T08:00:00Z`,
    values: {
      Title: title,
      ClientRequestId: `seed-${id}`,
      Description: `Beskrivning ${id}`,
      OccurredAt: `2025-03-0${id}T07:30:00Z`,
      ReportedAt: `2025-03-0${id}T08:00:00Z`,
      Unit: unit,
      Status: status,
      Handler: handler,
      Sensitive: id === 4
    }
  });
  const deviations = [
    deviation(1, 'Hot i väntrummet', 2, 'Ny', PEOPLE.worker, PEOPLE.manager),
    deviation(2, "O'Briens nyckelkort borttappat", 2, 'Utreds', PEOPLE.worker, PEOPLE.security),
    deviation(3, 'Dörr lämnad öppen', 3, 'Avslutad', PEOPLE.other),
    deviation(4, 'Obehörig i journalen', 3, 'Ny', PEOPLE.other, PEOPLE.security)
  ];
  const large: ISeedItem[] = [];
  for (let i = 1; i <= (options.largeItems ?? 0); i++) {
    large.push({ Id: i, Author: PEOPLE.worker, values: { Title: `Rad ${i}`, Seq: i, Bucket: i <= 10 ? 'C' : i % 2 === 0 ? 'A' : 'B', Remark: i % 100 === 0 ? 'hundra' : undefined } });
  }
  const privateItems: ISeedItem[] = [
    { Id: 1, Author: PEOPLE.worker, values: { Title: 'Cecilias', Secret: 'c' } },
    { Id: 2, Author: PEOPLE.other, values: { Title: 'Davids', Secret: 'd' } }
  ];
  return {
    referenceTime: '2025-03-10T12:00:00Z',
    people,
    groups: [
      { key: 'admins', title: 'Trygg administratörer', description: 'Full control', memberKeys: [PEOPLE.admin] },
      { key: 'securityFunction', title: 'Trygg säkerhetsfunktion', description: 'Säkerhetsfunktionen', memberKeys: [PEOPLE.security] },
      { key: 'members', title: 'Trygg Medlemmar', description: 'Alla', memberKeys: people.map((p) => p.key) }
    ],
    items: { units, deviations, large, private: privateItems }
  };
}
