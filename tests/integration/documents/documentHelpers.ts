/**
 * Governing documents through the emulator: the region seed on a clock the tests move, the real
 * services as each persona, the Trygg function called directly, and stock PnPjs for what a user
 * could try by hand.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/files';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { IDocumentRegistration } from '../../../src/domain/documents/inputs';
import { ITryggServices } from '../../../src/services/ITryggServices';
import { IDocumentListPage, IDocumentQueue } from '../../../src/services/documents/IGoverningDocumentsService';
import { LOCAL_PROTECTED_CASES_PATH } from '../../../src/services/createTryggServices';
import { newRequestId, regionExempel, servicesAs, upn } from '../services/servicesHelpers';
import { spAs } from '../permissions/signedInAs';

export { newRequestId, upn };

/** A clock the tests can move: the emulator, its function and the services all read it. */
export class TestClock {
  private _offset: number;
  /** From the wall clock, or from `start` (the seed's reference time) on. */
  constructor(start?: string) {
    this._offset = start ? Date.parse(start) - Date.now() : 0;
  }
  public readonly now = (): Date => new Date(Date.now() + this._offset);
  public advanceDays(days: number): void {
    this._offset += days * 24 * 3600 * 1000;
  }
  /** `YYYY-MM-DD`, `days` from the clock's today. */
  public day(days = 0): string {
    return new Date(this.now().getTime() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
  }
}

export interface IDocumentsWorld {
  readonly emulator: IRunningEmulator;
  readonly clock: TestClock;
  services(persona: string): ITryggServices;
  sp(persona: string): SPFI;
  siteUserId(persona: string): Promise<number>;
  /** POST to the Trygg function as a persona. */
  // The tests read fields of both the answers and the errors the function gives.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(persona: string, path: string, body: unknown): Promise<{ status: number; body: any }>;
}

export async function startDocumentsWorld(start?: string): Promise<IDocumentsWorld> {
  const clock = new TestClock(start);
  const emulator = await startEmulator({ port: 0, seed: regionExempel(), now: clock.now });
  return {
    emulator,
    clock,
    services: (persona) => servicesAs(emulator, persona, clock.now),
    sp: (persona) => spAs(emulator, persona),
    siteUserId: async (persona) => (await spAs(emulator, 'admin.trygg').web.ensureUser(`i:0#.f|membership|${upn(persona)}`)).Id,
    call: async (persona, path, body) => {
      const response = await fetch(`${emulator.url}${LOCAL_PROTECTED_CASES_PATH}/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Trygg-User': upn(persona) },
        body: JSON.stringify(body)
      });
      return { status: response.status, body: await response.json() };
    }
  };
}

/** A file's bytes from text. */
export function fileOf(name: string, text: string): { name: string; content: ArrayBuffer } {
  const bytes = Buffer.from(text, 'utf8');
  return { name, content: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

export function registration(ownerId: number, title: string, overrides: Partial<IDocumentRegistration> = {}): IDocumentRegistration {
  return {
    title,
    type: 'Riktlinje',
    ownerId,
    informationClass: 'Intern',
    areas: ['Informationssäkerhet'],
    reviewCycleMonths: 12,
    preparedBy: 'Helena Ask',
    ...overrides
  };
}

/** Registers a document as `persona` with `owner` as its owner, through the real services. */
export async function register(world: IDocumentsWorld, persona: string, owner: string, title: string, overrides: Partial<IDocumentRegistration> = {}): Promise<IGoverningDocument> {
  const ownerId = await world.siteUserId(owner);
  return world.services(persona).documents.register(registration(ownerId, title, overrides), fileOf(`${title}.docx`, `Utkast: ${title}`), newRequestId());
}

/** The file's text as a persona reads it (SharePoint gives a reader the last approved version). */
export async function fileText(world: IDocumentsWorld, persona: string, document: IGoverningDocument): Promise<string> {
  const buffer: ArrayBuffer = await world.sp(persona).web.getFileByServerRelativePath(document.file!.serverRelativeUrl).getBuffer();
  return Buffer.from(buffer).toString('utf8');
}

/** A page and the pages after it, until `limit` documents are read or there are no more. */
export async function pagesOf(first: IDocumentListPage, limit: number = Infinity): Promise<IGoverningDocument[]> {
  const documents = first.documents.slice();
  for (let page = first; page.more && documents.length < limit; ) {
    page = await page.more();
    documents.push(...page.documents);
  }
  return documents;
}

/** Every document of a queue (the approval queue, a reading list), page after page. */
export async function allQueued(queue: IDocumentQueue): Promise<IGoverningDocument[]> {
  return pagesOf(await queue.first());
}
