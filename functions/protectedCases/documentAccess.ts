/**
 * What the function knows of a caller and a governing document before it acts: the caller's roles
 * (the security function from their rights, a document owner from membership of Dokumentägare, as
 * the web parts read it), whether they may see the document at all, and who last edited the
 * version in work. The function reads every document as the app, so it must itself tell a caller
 * who may not see a draft that it does not exist.
 */
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import { IDocumentActor, ownsDocument } from '../../src/domain/documents/lifecycle';
import { IStoredDocument } from '../../src/domain/documents/repositories';
import { governingDocumentsLibrary } from '../../src/schema/documentLists';
import { ROLE_GROUPS } from '../../src/services/currentUser/ICurrentUserService';
import { GoverningDocumentRepository } from '../../src/services/documents/GoverningDocumentRepository';
import { ConsultationRepository } from '../../src/services/documents/ConsultationRepository';
import { memoizePromise } from '../../src/common/memoizePromise';
import { IFunctionContext } from './functionContext';
import { ISiteUser } from './sitePrincipals';
import { Refusal } from './refusal';

/** One answer for every document the caller may not know of, whether it exists or not. */
export function documentNotFound(): Refusal {
  return new Refusal(404, 'notFound', 'No such document.');
}

/** The domain's blockers as a refusal, each reason under its own name. */
export function blocked(what: string, blockers: readonly string[]): Refusal {
  return new Refusal(403, 'forbidden', `${what} is not possible now: ${blockers.join(', ')}.`, undefined, Object.fromEntries(blockers.map((blocker) => [blocker, blocker])));
}

export class DocumentAccess {
  public readonly documents: GoverningDocumentRepository;
  public readonly consultations: ConsultationRepository;
  /** The app's own site user: its writes are no one's edit of the document. */
  private readonly _appUserId: () => Promise<number>;

  constructor(private readonly _context: IFunctionContext) {
    this.documents = new GoverningDocumentRepository(_context.sp);
    this.consultations = new ConsultationRepository(_context.sp);
    this._appUserId = memoizePromise(async () => ((await _context.sp.web.currentUser.select('Id')()) as { Id: number }).Id);
  }

  public async actor(me: ISiteUser): Promise<IDocumentActor> {
    const groups: { Title: string }[] = await this._context.sp.web.siteUsers.getById(me.id).groups.select('Title')();
    return { id: me.id, isSecurityFunction: me.isSecurityFunction, isDocumentOwner: groups.some((group) => group.Title === ROLE_GROUPS.documentOwner) };
  }

  /**
   * The document as stored (the version in work), for a caller who may act on it: its owner, the
   * security function and whoever may edit it. Anyone else is told it does not exist.
   */
  public async requireDocument(me: ISiteUser, id: number): Promise<IStoredDocument> {
    const document = await this.documents.get(id);
    if (!document) throw documentNotFound();
    // Only those who may act on a document through the function see it here: what is stored is the
    // version in work, which a reader of the published version must not get back in any answer.
    if (me.isSecurityFunction || ownsDocument({ id: me.id, isSecurityFunction: false, isDocumentOwner: false }, document)) return document;
    const holders = await this._context.grants.holders(governingDocumentsLibrary.title, id);
    if (holders.editors.has(me.id)) return document;
    throw documentNotFound();
  }

  /**
   * The document as the rules see it: its last editor is the last person who saved a version, not
   * the function, whose writes (a remiss, a review, a reminder's mark) are made for someone else;
   * a document nobody has saved since it was registered is its registrant's.
   */
  public async forRules(document: IStoredDocument): Promise<IStoredDocument> {
    const [appId, editors] = await Promise.all([this._appUserId(), this.documents.versionEditors(document.id)]);
    const editor = editors.filter((id) => id !== appId)[0];
    if (editor === undefined) return { ...document, modifiedBy: document.registeredBy };
    if (document.modifiedBy && document.modifiedBy.id === editor) return document;
    return { ...document, modifiedBy: { id: editor, displayName: '', email: '' } };
  }

  /**
   * What the function itself last wrote of the columns only it sets (the number, the edition, the
   * reminders' ledger): an owner with Contribute could write others into the version in work.
   */
  public async functionValues(id: number): Promise<{ number?: string; edition: number; reminderSentFor?: string }> {
    const [appId, versions] = await Promise.all([this._appUserId(), this.documents.versionValues(id)]);
    const own = versions.filter((version) => version.editorId === appId)[0];
    return { number: own && own.number, edition: (own && own.edition) || 0, reminderSentFor: own && own.reminderSentFor };
  }

  /** Whether nobody but the function has saved the document since `document` (the approval's write). */
  public async untouchedSinceApproval(id: number): Promise<boolean> {
    const [appId, editors] = await Promise.all([this._appUserId(), this.documents.versionEditors(id)]);
    return editors.length > 0 && editors[0] === appId;
  }

  public async openRounds(documentId: number): Promise<number> {
    return (await this.consultations.listFor(documentId)).filter((round) => round.status === 'Öppen').length;
  }
}
