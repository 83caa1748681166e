/**
 * The governing-document routes of the Trygg function (services/documents/documentProtocol.ts), each
 * handed to the class that does it: DocumentRequests for the document's own steps,
 * ConsultationRequests for remiss rounds and their comments.
 */
import type { IFunctionResponse } from './ProtectedCaseFunction';
import { IFunctionContext } from './functionContext';
import { ISiteUser } from './sitePrincipals';
import { DocumentAccess } from './documentAccess';
import { DocumentRequests } from './DocumentRequests';
import { ConsultationRequests } from './ConsultationRequests';

type Handler = (me: ISiteUser, id: number, body: unknown) => Promise<IFunctionResponse>;

export class DocumentOperations {
  private readonly _routes: readonly { pattern: RegExp; handler: Handler }[];

  constructor(context: IFunctionContext) {
    const access = new DocumentAccess(context);
    const documents = new DocumentRequests(context, access);
    const consultations = new ConsultationRequests(context, access);
    const created = (result: { created: boolean }): number => (result.created ? 201 : 200);
    this._routes = [
      { pattern: /^documents$/, handler: async (me, _id, body) => { const result = await documents.register(me, body); return { status: created(result), body: result }; } },
      { pattern: /^documents\/(\d{1,9})\/review$/, handler: async (me, id, body) => ({ status: 200, body: { document: await documents.confirmReview(me, id, body) } }) },
      { pattern: /^documents\/(\d{1,9})\/withdrawal-proposal$/, handler: async (me, id, body) => ({ status: 201, body: { decision: await documents.proposeWithdrawal(me, id, body) } }) },
      { pattern: /^documents\/(\d{1,9})\/approval$/, handler: async (me, id, body) => ({ status: 200, body: { document: await documents.approve(me, id, body) } }) },
      { pattern: /^documents\/(\d{1,9})\/changes-request$/, handler: async (me, id, body) => ({ status: 200, body: { document: await documents.requestChanges(me, id, body) } }) },
      { pattern: /^documents\/(\d{1,9})\/withdrawal$/, handler: async (me, id, body) => ({ status: 200, body: { document: await documents.withdraw(me, id, body) } }) },
      { pattern: /^documents\/(\d{1,9})\/consultations$/, handler: async (me, id, body) => { const result = await consultations.send(me, id, body); return { status: created(result), body: result }; } },
      { pattern: /^consultations\/(\d{1,9})\/comments$/, handler: async (me, id, body) => { const result = await consultations.comment(me, id, body); return { status: created(result), body: result }; } },
      { pattern: /^consultations\/(\d{1,9})\/close$/, handler: async (me, id, body) => ({ status: 200, body: { round: await consultations.close(me, id, body) } }) },
      { pattern: /^consultation-comments\/(\d{1,9})\/answer$/, handler: async (me, id, body) => ({ status: 200, body: { comment: await consultations.answer(me, id, body) } }) }
    ];
  }

  /** The operation at `path` (POST), bound to its id; undefined when the path is none of these. */
  public match(path: string): ((me: ISiteUser, body: unknown) => Promise<IFunctionResponse>) | undefined {
    const route = this._routes.filter((candidate) => candidate.pattern.test(path))[0];
    if (!route) return undefined;
    const id = Number((route.pattern.exec(path) || [])[1]);
    return (me, body) => route.handler(me, id, body);
  }
}
