import { IOrganisationUnit } from '../../../domain/organisation';
import { IConsultationRound, IGoverningDocument } from '../../../domain/documents/types';
import { IDocumentActor } from '../../../domain/documents/lifecycle';
import { ICurrentUser } from '../../../services/currentUser/ICurrentUserService';
import { ITryggServices } from '../../../services/ITryggServices';
import { IDocumentQueue } from '../../../services/documents/IGoverningDocumentsService';

/** What every view decides from, loaded once when the web part opens. */
export interface IDocumentsContext {
  readonly me: ICurrentUser;
  readonly units: readonly IOrganisationUnit[];
}

/** What asks something of the signed-in user: shown as tabs with counts, reloaded after each step. */
export interface IMyWork {
  /** The owner's queue (document owners only). */
  readonly queue?: readonly IGoverningDocument[];
  /** Drafts waiting for approval (the security function only). */
  readonly awaitingApproval?: IDocumentQueue;
  /** Consultation rounds sent to me, open ones first. */
  readonly consultations: readonly IConsultationRound[];
  /** Published documents I am asked to confirm reading. */
  readonly readingList: IDocumentQueue;
}

export async function loadDocumentsContext(services: ITryggServices): Promise<IDocumentsContext> {
  const [me, units] = await Promise.all([services.currentUser.get(), services.units.getAll()]);
  return { me, units };
}

/** The signed-in user as the domain's rules ask about them. */
export function actorOf(context: IDocumentsContext): IDocumentActor {
  const { me } = context;
  return { id: me.id, isSecurityFunction: me.roles.securityFunction, isDocumentOwner: me.roles.documentOwner };
}

/** Security function: keeps every document, approves and withdraws. */
export function isSecurityFunction(context: IDocumentsContext): boolean {
  return context.me.roles.securityFunction;
}

/** Document owners and the security function keep documents; everyone else reads the published ones. */
export function keepsDocuments(context: IDocumentsContext): boolean {
  return context.me.roles.securityFunction || context.me.roles.documentOwner;
}

/**
 * Only what the user's role may ask for: an employee's requests never reach the owner's or the
 * approver's queries (SharePoint would answer them with nothing or a refusal).
 */
export async function loadMyWork(services: ITryggServices, context: IDocumentsContext): Promise<IMyWork> {
  const documents = services.documents;
  const [queue, awaitingApproval, consultations, readingList] = await Promise.all([
    context.me.roles.documentOwner ? documents.myQueue() : Promise.resolve(undefined),
    context.me.roles.securityFunction ? documents.awaitingApproval() : Promise.resolve(undefined),
    documents.myConsultations(),
    documents.myReadingList()
  ]);
  return { queue, awaitingApproval, consultations, readingList };
}
