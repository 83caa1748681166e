/** Shared data for the governing documents' tests: Region Exempel's people and a published riktlinje. */
import { IDocumentActor } from '../../../src/domain/documents/lifecycle';
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { IPerson } from '../../../src/domain/organisation';

export const now = new Date('2026-11-30T08:00:00.000Z');
export const DAY = 24 * 3600 * 1000;
/** `YYYY-MM-DD`, days from now (negative: before). */
export const day = (days: number): string => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

export const helena: IPerson = { id: 21, displayName: 'Helena Ask', email: 'helena.ask@regionexempel.se' };
/** The security function, and the owner of documents of his own. */
export const peter: IPerson = { id: 22, displayName: 'Peter Sjöberg', email: 'peter.sjoberg@regionexempel.se' };
export const sara: IPerson = { id: 16, displayName: 'Sara Nordin', email: 'sara.nordin@regionexempel.se' };
export const employee: IPerson = { id: 30, displayName: 'Ali Hassan', email: 'ali.hassan@regionexempel.se' };

export const asHelena: IDocumentActor = { id: 21, isSecurityFunction: false, isDocumentOwner: true };
export const asPeter: IDocumentActor = { id: 22, isSecurityFunction: true, isDocumentOwner: true };
export const asSara: IDocumentActor = { id: 16, isSecurityFunction: true, isDocumentOwner: false };
export const asEmployee: IDocumentActor = { id: 30, isSecurityFunction: false, isDocumentOwner: false };

/** Helena's riktlinje, edition 2, published and approved, next review in 200 days. */
export const published: IGoverningDocument = {
  id: 7,
  etag: '"4"',
  number: 'RL-007',
  title: 'Riktlinje för informationsklassning',
  type: 'Riktlinje',
  owner: helena,
  informationClass: 'Intern',
  areas: ['Informationssäkerhet'],
  reviewCycleMonths: 24,
  nextReviewAt: `${day(200)}T00:00:00.000Z`,
  status: 'Publicerad',
  edition: 2,
  approvedOn: '2025-06-01T00:00:00.000Z',
  approvedByBody: 'Regiondirektör',
  effectiveFrom: '2025-06-01T00:00:00.000Z',
  validUntil: `${day(500)}T00:00:00.000Z`,
  moderation: 'approved',
  version: '4.0',
  modified: '2025-06-01T09:00:00.000Z',
  modifiedBy: sara,
  file: { name: 'RL-007.docx', serverRelativeUrl: '/sites/trygg/TryggStyrandeDokument/RL-007.docx', length: 40960 }
};

/** A revision of it in work: what its owner and the security function see (Helena edited last). */
export const revision: IGoverningDocument = { ...published, status: 'Utkast', moderation: 'pending', version: '4.1', modifiedBy: helena };

/** A first draft, never approved. */
export const firstDraft: IGoverningDocument = {
  ...published,
  id: 8,
  number: 'INS-003',
  type: 'Instruktion',
  title: 'Instruktion för lösenord',
  status: 'Utkast',
  edition: 0,
  approvedOn: undefined,
  approvedByBody: undefined,
  effectiveFrom: undefined,
  validUntil: undefined,
  nextReviewAt: undefined,
  moderation: 'pending',
  version: '0.1',
  modifiedBy: helena,
  parentId: 7
};

export function document(overrides: Partial<IGoverningDocument>): IGoverningDocument {
  return { ...published, ...overrides };
}
