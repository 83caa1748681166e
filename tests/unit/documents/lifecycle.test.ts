import {
  DOCUMENT_TRANSITIONS,
  DocumentAction,
  DocumentStep,
  displayStatus,
  documentActionBlockers,
  IllegalDocumentTransitionError,
  isPublished,
  isRevisionInWork,
  isWithdrawn,
  mayDo,
  mayRegisterDocument,
  publicationDue,
  publishedEdition,
  statusAfter
} from '../../../src/domain/documents/lifecycle';
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { DOCUMENT_STATUSES, DocumentStatus } from '../../../src/domain/documents/vocabulary';
import { asEmployee, asHelena, asPeter, asSara, day, document, firstDraft, helena, now, peter, published, revision } from './fixtures';

const open = { now, openRounds: 0 };
const blockers = (action: DocumentAction, actor = asHelena, doc: IGoverningDocument = published, openRounds = 0): string[] =>
  documentActionBlockers(action, actor, doc, { now, openRounds });

describe('the transition table', () => {
  it('takes a draft through remiss and approval to publication, a revision and withdrawal', () => {
    expect(statusAfter('sendConsultation', 'Utkast')).toBe('Remiss');
    expect(statusAfter('closeConsultation', 'Remiss')).toBe('Utkast');
    expect(statusAfter('requestChanges', 'Remiss')).toBe('Utkast');
    expect(statusAfter('requestChanges', 'Utkast')).toBe('Utkast');
    expect(statusAfter('startRevision', 'Publicerad')).toBe('Utkast');
    expect(statusAfter('uploadFile', 'Publicerad')).toBe('Utkast');
    expect(statusAfter('uploadFile', 'Remiss')).toBe('Remiss');
    expect(statusAfter('withdraw', 'Publicerad')).toBe('Upphävd');
    expect(statusAfter('publish', 'Fastställd')).toBe('Publicerad');
    expect(statusAfter('confirmReview', 'Publicerad')).toBe('Publicerad');
  });

  it('publishes an approval at once from its effective day, and leaves a later one Fastställd', () => {
    expect(statusAfter('approve', 'Utkast', { effectiveFrom: day(0), now })).toBe('Publicerad');
    expect(statusAfter('approve', 'Remiss', { effectiveFrom: day(-3), now })).toBe('Publicerad');
    expect(statusAfter('approve', 'Utkast', { effectiveFrom: day(1), now })).toBe('Fastställd');
    expect(statusAfter('approve', 'Utkast', { effectiveFrom: `${day(0)}T00:00:00.000Z`, now })).toBe('Publicerad');
  });

  it('refuses what the table does not allow', () => {
    expect(() => statusAfter('withdraw', 'Utkast')).toThrow(IllegalDocumentTransitionError);
    expect(() => statusAfter('approve', 'Publicerad', { effectiveFrom: day(0), now })).toThrow(IllegalDocumentTransitionError);
    expect(() => statusAfter('approve', 'Utkast')).toThrow(IllegalDocumentTransitionError);
    expect(() => statusAfter('approve', 'Utkast', { effectiveFrom: '2026-02-30', now })).toThrow(IllegalDocumentTransitionError);
    expect(() => statusAfter('startRevision', 'Utkast')).toThrow(IllegalDocumentTransitionError);
    expect(() => statusAfter('uploadFile', 'Fastställd')).toThrow(IllegalDocumentTransitionError);
    expect(() => statusAfter('publish', 'Utkast')).toThrow(IllegalDocumentTransitionError);
    expect(() => statusAfter('editDraft', 'Upphävd')).toThrow(/Upphävd/);
  });

  it('moves only along the status graph, and never out of Upphävd', () => {
    const steps: DocumentStep[] = [
      'editDraft', 'uploadFile', 'startRevision', 'confirmReview', 'proposeWithdrawal', 'sendConsultation',
      'answerComment', 'closeConsultation', 'approve', 'requestChanges', 'withdraw', 'confirmRead', 'publish'
    ];
    let moves = 0;
    for (const step of steps) {
      for (const from of DOCUMENT_STATUSES) {
        for (const effectiveFrom of [day(0), day(5)]) {
          let to: DocumentStatus | undefined;
          try {
            to = statusAfter(step, from, { effectiveFrom, now });
          } catch (error) {
            expect(error).toBeInstanceOf(IllegalDocumentTransitionError);
          }
          if (to === undefined || to === from) continue;
          moves++;
          expect(DOCUMENT_TRANSITIONS[from]).toContain(to);
        }
      }
    }
    expect(moves).toBeGreaterThan(10);
    expect(DOCUMENT_TRANSITIONS.Upphävd).toEqual([]);
  });
});

describe('what a document is', () => {
  it('tells published, withdrawn and a revision in work apart', () => {
    expect(isPublished(published)).toBe(true);
    expect(isRevisionInWork(published)).toBe(false);
    expect(isRevisionInWork(revision)).toBe(true);
    expect(isRevisionInWork({ ...revision, status: 'Remiss' })).toBe(true);
    expect(isRevisionInWork(firstDraft)).toBe(false);
    expect(isRevisionInWork({ ...published, moderation: 'pending' })).toBe(true);
    expect(isWithdrawn(document({ status: 'Upphävd' }))).toBe(true);
    expect(isWithdrawn(published)).toBe(false);
  });

  it('counts the edition readers have: an approval waiting for its day carries the next one', () => {
    expect(publishedEdition(published)).toBe(2);
    expect(publishedEdition(revision)).toBe(2);
    expect(publishedEdition(firstDraft)).toBe(0);
    expect(publishedEdition(document({ status: 'Fastställd', edition: 3, moderation: 'pending' }))).toBe(2);
    expect(publishedEdition(document({ status: 'Fastställd', edition: 1, moderation: 'pending' }))).toBe(0);
    expect(publishedEdition(document({ status: 'Upphävd' }))).toBe(0);
    expect(isRevisionInWork(document({ status: 'Fastställd', edition: 3, moderation: 'pending' }))).toBe(true);
    expect(isRevisionInWork(document({ status: 'Fastställd', edition: 1, moderation: 'pending' }))).toBe(false);
  });

  it('shows a revision as the published document with its draft beside it', () => {
    expect(displayStatus(published, now)).toEqual({ status: 'Publicerad', revisionInWork: false, expired: false });
    expect(displayStatus({ ...revision, status: 'Remiss' }, now)).toEqual({ status: 'Publicerad', revisionInWork: true, draftStatus: 'Remiss', expired: false });
    expect(displayStatus(firstDraft, now)).toEqual({ status: 'Utkast', revisionInWork: false, expired: false });
    expect(displayStatus(document({ status: 'Fastställd', edition: 1, moderation: 'pending' }), now).status).toBe('Fastställd');
  });

  it('is expired the day after Giltig till och med, not on it; a withdrawn document is only withdrawn', () => {
    expect(displayStatus(document({ validUntil: day(0) }), now).expired).toBe(false);
    expect(displayStatus(document({ validUntil: `${day(-1)}T00:00:00.000Z` }), now).expired).toBe(true);
    expect(displayStatus({ ...revision, validUntil: day(-1) }, now)).toMatchObject({ status: 'Publicerad', revisionInWork: true, expired: true });
    expect(displayStatus(document({ status: 'Upphävd', validUntil: day(-1) }), now)).toEqual({ status: 'Upphävd', revisionInWork: false, expired: false });
    expect(displayStatus(document({ validUntil: undefined }), now).expired).toBe(false);
  });

  it('is due for publication on its effective day', () => {
    const approved = document({ status: 'Fastställd', edition: 3, moderation: 'pending' });
    expect(publicationDue({ ...approved, effectiveFrom: day(1) }, now)).toBe(false);
    expect(publicationDue({ ...approved, effectiveFrom: day(0) }, now)).toBe(true);
    expect(publicationDue({ ...approved, effectiveFrom: day(-2) }, now)).toBe(true);
    expect(publicationDue({ ...published, effectiveFrom: day(0) }, now)).toBe(false);
    expect(publicationDue({ ...approved, effectiveFrom: undefined }, now)).toBe(false);
  });
});

describe('the owner’s actions', () => {
  it('let the owner and the security function work on a draft, nobody else', () => {
    expect(blockers('editDraft', asHelena, firstDraft)).toEqual([]);
    expect(blockers('editDraft', asSara, firstDraft)).toEqual([]);
    expect(blockers('editDraft', asEmployee, firstDraft)).toEqual(['notOwner']);
    // Holding the owner role is not owning this document.
    expect(blockers('editDraft', { ...asEmployee, isDocumentOwner: true }, firstDraft)).toEqual(['notOwner']);
    expect(blockers('editDraft', asHelena, { ...firstDraft, status: 'Remiss' })).toEqual([]);
    expect(blockers('editDraft', asHelena, published)).toEqual(['notDraft']);
    expect(blockers('editDraft', asHelena, document({ status: 'Fastställd', edition: 3 }))).toEqual(['awaitingPublication']);
    expect(blockers('answerComment', asHelena, published)).toEqual(['notDraft']);
    expect(blockers('answerComment', asHelena, { ...firstDraft, status: 'Remiss' }, 1)).toEqual([]);
  });

  it('nobody owns a document whose owner has no id', () => {
    expect(blockers('editDraft', asHelena, { ...firstDraft, owner: { ...helena, id: undefined } })).toEqual(['notOwner']);
  });

  it('upload a file to a draft, or to a published document to start its revision', () => {
    expect(blockers('uploadFile', asHelena, firstDraft)).toEqual([]);
    expect(blockers('uploadFile', asHelena, published)).toEqual([]);
    expect(blockers('uploadFile', asHelena, revision)).toEqual([]);
    expect(blockers('uploadFile', asHelena, document({ status: 'Fastställd', edition: 3 }))).toEqual(['awaitingPublication']);
    expect(blockers('uploadFile', asEmployee, published)).toEqual(['notOwner']);
  });

  it('start one revision at a time, of a published document', () => {
    expect(blockers('startRevision', asHelena, published)).toEqual([]);
    expect(blockers('startRevision', asHelena, revision)).toEqual(['revisionInWork']);
    expect(blockers('startRevision', asHelena, firstDraft)).toEqual(['notPublished']);
    expect(blockers('startRevision', asHelena, document({ status: 'Fastställd', edition: 3, moderation: 'pending' }))).toEqual(['revisionInWork']);
    expect(blockers('startRevision', asHelena, document({ status: 'Fastställd', edition: 1, moderation: 'pending' }))).toEqual(['awaitingPublication']);
    expect(blockers('startRevision', asEmployee, revision)).toEqual(['notOwner', 'revisionInWork']);
  });

  it('confirm a review of a published document in force, with no revision in work', () => {
    expect(blockers('confirmReview', asHelena, published)).toEqual([]);
    expect(blockers('confirmReview', asSara, published)).toEqual([]);
    expect(blockers('confirmReview', asHelena, revision)).toEqual(['revisionInWork']);
    expect(blockers('confirmReview', asHelena, firstDraft)).toEqual(['notPublished']);
    expect(blockers('confirmReview', asHelena, document({ validUntil: day(-1) }))).toEqual(['expired']);
    expect(blockers('confirmReview', asHelena, document({ validUntil: day(0) }))).toEqual([]);
    expect(blockers('confirmReview', asEmployee, published)).toEqual(['notOwner']);
  });

  it('propose to withdraw a published document', () => {
    expect(blockers('proposeWithdrawal', asHelena, published)).toEqual([]);
    expect(blockers('proposeWithdrawal', asHelena, firstDraft)).toEqual(['notPublished']);
    expect(blockers('proposeWithdrawal', asHelena, revision)).toEqual(['revisionInWork']);
    expect(blockers('proposeWithdrawal', asEmployee, published)).toEqual(['notOwner']);
  });

  it('send a draft on remiss, one open round at a time, and close the open one', () => {
    expect(blockers('sendConsultation', asHelena, firstDraft)).toEqual([]);
    expect(blockers('sendConsultation', asHelena, firstDraft, 1)).toEqual(['consultationOpen']);
    expect(blockers('sendConsultation', asHelena, published)).toEqual(['notDraft']);
    expect(blockers('closeConsultation', asHelena, { ...firstDraft, status: 'Remiss' }, 1)).toEqual([]);
    expect(blockers('closeConsultation', asHelena, { ...firstDraft, status: 'Remiss' }, 0)).toEqual(['noOpenConsultation']);
    expect(blockers('closeConsultation', asEmployee, { ...firstDraft, status: 'Remiss' }, 1)).toEqual(['notOwner']);
  });

  it('are all refused on a withdrawn document', () => {
    const withdrawn = document({ status: 'Upphävd' });
    const actions: DocumentAction[] = ['editDraft', 'uploadFile', 'startRevision', 'confirmReview', 'proposeWithdrawal', 'sendConsultation', 'approve', 'withdraw', 'confirmRead'];
    for (const action of actions) expect(blockers(action, asSara, withdrawn)).toEqual(['withdrawn']);
  });
});

describe('approval, requested changes and withdrawal (four eyes)', () => {
  const pending = { ...firstDraft, modifiedBy: helena };

  it('are the security function’s, on a draft someone else owns and edited', () => {
    expect(blockers('approve', asSara, pending)).toEqual([]);
    expect(blockers('requestChanges', asSara, pending)).toEqual([]);
    expect(blockers('approve', asSara, { ...pending, status: 'Remiss' })).toEqual([]);
    expect(blockers('approve', asSara, { ...pending, moderation: 'rejected' })).toEqual([]);
    expect(blockers('approve', asSara, revision)).toEqual([]);
  });

  it('never let the owner approve their own document', () => {
    expect(blockers('approve', asHelena, pending)).toEqual(['notSecurityFunction', 'ownDocument', 'ownChange']);
    expect(blockers('requestChanges', asEmployee, pending)).toEqual(['notSecurityFunction']);
    // Peter is the security function, and owns this one.
    const petersOwn = { ...pending, owner: peter, modifiedBy: helena };
    expect(blockers('approve', asPeter, petersOwn)).toEqual(['ownDocument']);
    expect(blockers('requestChanges', asPeter, petersOwn)).toEqual(['ownDocument']);
    expect(blockers('withdraw', asPeter, { ...published, owner: peter })).toEqual(['ownDocument']);
  });

  it('never let the security function approve a version it last edited', () => {
    expect(blockers('approve', asPeter, { ...pending, modifiedBy: peter })).toEqual(['ownChange']);
    expect(blockers('requestChanges', asPeter, { ...pending, modifiedBy: peter })).toEqual(['ownChange']);
    expect(blockers('approve', asPeter, pending)).toEqual([]);
    expect(blockers('approve', asPeter, { ...pending, modifiedBy: undefined })).toEqual([]);
  });

  it('wait for the open round, need a file, and a version waiting for approval', () => {
    expect(blockers('approve', asSara, { ...pending, status: 'Remiss' }, 1)).toEqual(['consultationOpen']);
    expect(blockers('requestChanges', asSara, { ...pending, status: 'Remiss' }, 2)).toEqual(['consultationOpen']);
    expect(blockers('approve', asSara, { ...pending, file: undefined })).toEqual(['noFile']);
    expect(blockers('requestChanges', asSara, { ...pending, file: undefined })).toEqual([]);
    expect(blockers('approve', asSara, { ...pending, moderation: 'approved' })).toEqual(['notPending']);
    expect(blockers('approve', asPeter, published)).toEqual(['notDraft']);
    expect(blockers('approve', asPeter, document({ status: 'Fastställd', edition: 3, moderation: 'pending' }))).toEqual(['awaitingPublication']);
  });

  it('withdraw only a published document with nothing in work beside it', () => {
    expect(blockers('withdraw', asSara, published)).toEqual([]);
    expect(blockers('withdraw', asHelena, published)).toEqual(['notSecurityFunction', 'ownDocument']);
    expect(blockers('withdraw', asSara, firstDraft)).toEqual(['notPublished']);
    expect(blockers('withdraw', asSara, revision)).toEqual(['revisionInWork']);
  });
});

describe('read confirmations', () => {
  it('are for a published edition, whatever version the asker sees', () => {
    expect(blockers('confirmRead', asEmployee, published)).toEqual([]);
    expect(blockers('confirmRead', asHelena, revision)).toEqual([]);
    expect(blockers('confirmRead', asEmployee, firstDraft)).toEqual(['notPublished']);
    expect(blockers('confirmRead', asEmployee, document({ status: 'Fastställd', edition: 1 }))).toEqual(['notPublished']);
    expect(blockers('confirmRead', asEmployee, document({ status: 'Upphävd' }))).toEqual(['withdrawn']);
  });
});

describe('mayDo and registration', () => {
  it('says yes exactly when nothing blocks', () => {
    expect(mayDo('approve', asSara, firstDraft, open)).toBe(true);
    expect(mayDo('approve', asHelena, firstDraft, open)).toBe(false);
    expect(mayDo('sendConsultation', asHelena, firstDraft, { now, openRounds: 1 })).toBe(false);
  });

  it('lets document owners and the security function register', () => {
    expect(mayRegisterDocument(asHelena)).toBe(true);
    expect(mayRegisterDocument(asSara)).toBe(true);
    expect(mayRegisterDocument(asEmployee)).toBe(false);
  });
});
