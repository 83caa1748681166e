import {
  answerErrors,
  approvalErrors,
  closingNoteErrors,
  commentErrors,
  consultationErrors,
  decisionNoteErrors,
  draftChangeErrors,
  fileErrors,
  IRegistrationContext,
  registrationErrors,
  reviewConfirmationErrors
} from '../../../src/domain/documents/documentValidation';
import { IApprovalInput, IConsultationInput, IDocumentRegistration } from '../../../src/domain/documents/inputs';
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { DOCUMENT_LIMITS } from '../../../src/domain/documents/vocabulary';
import { day, document, firstDraft, now, published } from './fixtures';

const policy = document({ id: 1, number: 'POL-001', type: 'Policy', parentId: undefined });
const strategy = document({ id: 2, number: 'STR-001', type: 'Strategi', parentId: 1 });
const guideline = document({ id: 7, parentId: 2 });
const unitInstruction = document({ id: 9, number: 'INS-004', type: 'Instruktion', scopeUnitId: 4, parentId: 7 });
const withdrawn = document({ id: 10, number: 'RL-002', status: 'Upphävd' });
const context: IRegistrationContext = { units: [{ id: 3 }, { id: 4 }], documents: [policy, strategy, guideline, unitInstruction, withdrawn] };

const registration: IDocumentRegistration = {
  title: 'Instruktion för lösenord',
  type: 'Instruktion',
  ownerId: 21,
  informationClass: 'Intern',
  areas: ['Informationssäkerhet', 'IT-säkerhet'],
  parentId: 7,
  reviewCycleMonths: 24
};

describe('a registration', () => {
  it('passes when complete', () => {
    expect(registrationErrors(registration, context)).toEqual({});
    expect(registrationErrors({ ...registration, scopeUnitId: 4, supplementsId: 7, preparedBy: 'Helena Ask' }, context)).toEqual({});
  });

  it('needs a title with something in it, within the limit, kept as typed', () => {
    expect(registrationErrors({ ...registration, title: '' }, context)).toEqual({ title: 'required' });
    expect(registrationErrors({ ...registration, title: ' \t\n ' }, context)).toEqual({ title: 'required' });
    expect(registrationErrors({ ...registration, title: 'å'.repeat(DOCUMENT_LIMITS.title) }, context)).toEqual({});
    expect(registrationErrors({ ...registration, title: 'å'.repeat(DOCUMENT_LIMITS.title + 1) }, context)).toEqual({ title: 'tooLong' });
    // Trimmed before counting: spaces around do not make it too long.
    expect(registrationErrors({ ...registration, title: ` ${'a'.repeat(DOCUMENT_LIMITS.title)} ` }, context)).toEqual({});
    expect(registrationErrors({ ...registration, title: 'Lösenord\u0007' }, context)).toEqual({ title: 'invalidCharacters' });
    const hostile = { ...registration, title: '<img src=x onerror=alert(1)> "; DROP TABLE --  🔐 Ärende' };
    expect(registrationErrors(hostile, context)).toEqual({});
    expect(hostile.title).toBe('<img src=x onerror=alert(1)> "; DROP TABLE --  🔐 Ärende');
  });

  it('takes type, class and areas only from the vocabulary', () => {
    expect(registrationErrors({ ...registration, type: 'Manual' as never }, context).type).toBe('invalidChoice');
    expect(registrationErrors({ ...registration, informationClass: 'Hemlig' as never }, context)).toEqual({ informationClass: 'invalidChoice' });
    expect(registrationErrors({ ...registration, informationClass: '' as never }, context)).toEqual({ informationClass: 'required' });
    expect(registrationErrors({ ...registration, areas: [] }, context)).toEqual({ areas: 'required' });
    expect(registrationErrors({ ...registration, areas: ['Informationssäkerhet', 'Vädret' as never] }, context)).toEqual({ areas: 'invalidChoice' });
  });

  it('needs an owner and a whole review interval within its bounds', () => {
    expect(registrationErrors({ ...registration, ownerId: undefined as never }, context)).toEqual({ ownerId: 'required' });
    expect(registrationErrors({ ...registration, ownerId: 0 }, context)).toEqual({ ownerId: 'invalidNumber' });
    expect(registrationErrors({ ...registration, reviewCycleMonths: 1 }, context)).toEqual({});
    expect(registrationErrors({ ...registration, reviewCycleMonths: 60 }, context)).toEqual({});
    expect(registrationErrors({ ...registration, reviewCycleMonths: 0 }, context)).toEqual({ reviewCycleMonths: 'invalidNumber' });
    expect(registrationErrors({ ...registration, reviewCycleMonths: 61 }, context)).toEqual({ reviewCycleMonths: 'invalidNumber' });
    expect(registrationErrors({ ...registration, reviewCycleMonths: 12.5 }, context)).toEqual({ reviewCycleMonths: 'invalidNumber' });
    expect(registrationErrors({ ...registration, reviewCycleMonths: NaN }, context)).toEqual({ reviewCycleMonths: 'invalidNumber' });
  });

  it('lets a unit document supplement only a regional one', () => {
    expect(registrationErrors({ ...registration, scopeUnitId: 99 }, context)).toEqual({ scopeUnitId: 'unknownUnit' });
    expect(registrationErrors({ ...registration, supplementsId: 7 }, context)).toEqual({ supplementsId: 'notApplicable' });
    expect(registrationErrors({ ...registration, scopeUnitId: 3, supplementsId: 9 }, context)).toEqual({ supplementsId: 'notRegional' });
    expect(registrationErrors({ ...registration, scopeUnitId: 3, supplementsId: 77 }, context)).toEqual({ supplementsId: 'unknownDocument' });
    expect(registrationErrors({ ...registration, scopeUnitId: 3, supplementsId: 10 }, context)).toEqual({ supplementsId: 'withdrawnDocument' });
  });

  it('hangs a document only under an existing document of a higher type', () => {
    expect(registrationErrors({ ...registration, parentId: 2 }, context)).toEqual({});
    expect(registrationErrors({ ...registration, parentId: undefined }, context)).toEqual({});
    expect(registrationErrors({ ...registration, parentId: 77 }, context)).toEqual({ parentId: 'unknownDocument' });
    expect(registrationErrors({ ...registration, parentId: 9 }, context)).toEqual({ parentId: 'notHigherType' });
    expect(registrationErrors({ ...registration, type: 'Riktlinje', parentId: 7 }, context)).toEqual({ parentId: 'notHigherType' });
    expect(registrationErrors({ ...registration, type: 'Policy', parentId: 1 }, context)).toEqual({ parentId: 'notHigherType' });
    expect(registrationErrors({ ...registration, type: 'Riktlinje', parentId: 7 }, context, 7)).toEqual({ parentId: 'selfReference' });
    expect(registrationErrors({ ...registration, type: 'Riktlinje', parentId: 10 }, context)).toEqual({ parentId: 'withdrawnDocument' });
  });

  it('asks read confirmation only of units that exist', () => {
    expect(registrationErrors({ ...registration, readConfirmation: { unitIds: [3, 4], people: [] } }, context)).toEqual({});
    expect(registrationErrors({ ...registration, readConfirmation: { unitIds: [3, 99], people: [] } }, context)).toEqual({ readConfirmation: 'unknownUnit' });
  });
});

describe('changes to a draft', () => {
  const draft: IGoverningDocument = { ...firstDraft, parentId: 7 };

  it('are checked with the rest of the document, reporting only what changes', () => {
    expect(draftChangeErrors({ title: 'Ny titel' }, draft, context)).toEqual({});
    expect(draftChangeErrors({ title: '   ' }, draft, context)).toEqual({ title: 'required' });
    expect(draftChangeErrors({ parentId: draft.id }, draft, context)).toEqual({ parentId: 'selfReference' });
    expect(draftChangeErrors({ parentId: 9 }, draft, context)).toEqual({ parentId: 'notHigherType' });
    // A stored title the limit has since shortened does not block changing the interval.
    expect(draftChangeErrors({ reviewCycleMonths: 12 }, { ...draft, title: 'x'.repeat(300) }, context)).toEqual({});
    expect(draftChangeErrors({ reviewCycleMonths: 0 }, draft, context)).toEqual({ reviewCycleMonths: 'invalidNumber' });
  });

  it('report the supplemented document when the scope becomes regional', () => {
    const unitDraft = { ...draft, scopeUnitId: 4, supplementsId: 7 };
    expect(draftChangeErrors({ scopeUnitId: undefined }, unitDraft, context)).toEqual({ supplementsId: 'notApplicable' });
    expect(draftChangeErrors({ scopeUnitId: undefined, supplementsId: undefined }, unitDraft, context)).toEqual({});
  });
});

describe('an approval', () => {
  const approval: IApprovalInput = { approvedByBody: 'Regionstyrelsen', approvedOn: day(0), effectiveFrom: day(14) };
  const doc = { approvedOn: '2025-06-01T00:00:00.000Z', reviewCycleMonths: 24 };

  it('passes with a body, a day not in the future and an effective day from then on', () => {
    expect(approvalErrors(approval, now, doc)).toEqual({});
    expect(approvalErrors({ ...approval, approvedOn: day(-3), effectiveFrom: day(-3), validUntil: day(700) }, now, doc)).toEqual({});
    expect(approvalErrors({ ...approval, approvedOn: `${day(0)}T00:00:00.000Z` }, now, doc)).toEqual({});
  });

  it('needs who decided, within the limit', () => {
    expect(approvalErrors({ ...approval, approvedByBody: '  ' }, now, doc)).toEqual({ approvedByBody: 'required' });
    expect(approvalErrors({ ...approval, approvedByBody: 'x'.repeat(256) }, now, doc)).toEqual({ approvedByBody: 'tooLong' });
    expect(approvalErrors({ ...approval, note: 'x'.repeat(DOCUMENT_LIMITS.decisionNote + 1) }, now, doc)).toEqual({ note: 'tooLong' });
  });

  it('takes real days only', () => {
    expect(approvalErrors({ ...approval, approvedOn: '' }, now, doc)).toEqual({ approvedOn: 'required' });
    expect(approvalErrors({ ...approval, approvedOn: '2026-02-29' }, now, doc)).toEqual({ approvedOn: 'invalidDate' });
    expect(approvalErrors({ ...approval, approvedOn: '2026-11-30 och mer' }, now, doc)).toEqual({ approvedOn: 'invalidDate' });
    expect(approvalErrors({ ...approval, effectiveFrom: '2026-13-01' }, now, doc)).toEqual({ effectiveFrom: 'invalidDate' });
    expect(approvalErrors({ ...approval, validUntil: '2027-04-31' }, now, doc)).toEqual({ validUntil: 'invalidDate' });
    expect(approvalErrors({ ...approval, approvedOn: '2024-02-29', effectiveFrom: '2024-03-01' }, now, { ...doc, approvedOn: undefined })).toEqual({});
  });

  it('is not in the future, nor before the edition it replaces', () => {
    expect(approvalErrors({ ...approval, approvedOn: day(1), effectiveFrom: day(1) }, now, doc)).toEqual({ approvedOn: 'inFuture' });
    expect(approvalErrors({ ...approval, approvedOn: '2025-05-31', effectiveFrom: '2025-06-01' }, now, doc)).toEqual({ approvedOn: 'beforePreviousApproval' });
  });

  it('takes effect on approval or later, and holds past its effective day', () => {
    expect(approvalErrors({ ...approval, effectiveFrom: day(-1) }, now, doc)).toEqual({ effectiveFrom: 'beforeApproval' });
    expect(approvalErrors({ ...approval, validUntil: day(14) }, now, doc)).toEqual({ validUntil: 'notAfterEffective' });
    expect(approvalErrors({ ...approval, validUntil: day(15) }, now, doc)).toEqual({});
    // The default validity (24 months from approval) ends before an effective day three years off.
    expect(approvalErrors({ ...approval, effectiveFrom: day(3 * 365) }, now, doc)).toEqual({ validUntil: 'notAfterEffective' });
  });
});

describe('a remiss', () => {
  const input: IConsultationInput = { recipientIds: [21, 30], unitIds: [4], deadline: day(21) };

  it('goes to at least one person or unit, within the limit', () => {
    expect(consultationErrors(input, now)).toEqual({});
    expect(consultationErrors({ ...input, recipientIds: [] }, now)).toEqual({});
    expect(consultationErrors({ ...input, recipientIds: [], unitIds: [] }, now)).toEqual({ recipients: 'required' });
    expect(consultationErrors({ ...input, recipientIds: [0] }, now)).toEqual({ recipients: 'invalidNumber' });
    const fifty = Array.from({ length: DOCUMENT_LIMITS.consultationRecipients }, (_, i) => i + 1);
    expect(consultationErrors({ ...input, recipientIds: fifty, unitIds: [] }, now)).toEqual({});
    expect(consultationErrors({ ...input, recipientIds: fifty, unitIds: [4] }, now)).toEqual({ recipients: 'tooMany' });
    expect(consultationErrors({ ...input, recipientIds: fifty.concat(fifty), unitIds: [] }, now)).toEqual({});
  });

  it('has a real deadline after today', () => {
    expect(consultationErrors({ ...input, deadline: '' }, now)).toEqual({ deadline: 'required' });
    expect(consultationErrors({ ...input, deadline: '2026-12-32' }, now)).toEqual({ deadline: 'invalidDate' });
    expect(consultationErrors({ ...input, deadline: day(0) }, now)).toEqual({ deadline: 'notInFuture' });
    expect(consultationErrors({ ...input, deadline: day(-1) }, now)).toEqual({ deadline: 'notInFuture' });
    expect(consultationErrors({ ...input, deadline: day(1) }, now)).toEqual({});
    expect(consultationErrors({ ...input, message: ' ' }, now)).toEqual({ message: 'required' });
    expect(consultationErrors({ ...input, message: 'x'.repeat(DOCUMENT_LIMITS.consultationMessage + 1) }, now)).toEqual({ message: 'tooLong' });
  });
});

describe('comments, answers and notes', () => {
  it('say something, within the limit, never cut', () => {
    expect(commentErrors('Avsnitt 3 saknar lagrum.')).toEqual({});
    expect(commentErrors('   ')).toEqual({ comment: 'required' });
    expect(commentErrors(undefined)).toEqual({ comment: 'required' });
    expect(commentErrors('ä'.repeat(DOCUMENT_LIMITS.comment))).toEqual({});
    expect(commentErrors('ä'.repeat(DOCUMENT_LIMITS.comment + 1))).toEqual({ comment: 'tooLong' });
    expect(commentErrors('<script>alert("x")</script>')).toEqual({});
    expect(answerErrors('\n\n')).toEqual({ answer: 'required' });
    expect(answerErrors('x'.repeat(DOCUMENT_LIMITS.answer + 1))).toEqual({ answer: 'tooLong' });
    expect(answerErrors('Tack, åtgärdat i version 0.3.')).toEqual({});
  });

  it('take a note where a reason is owed', () => {
    expect(decisionNoteErrors('', true)).toEqual({ note: 'required' });
    expect(decisionNoteErrors('', false)).toEqual({});
    expect(decisionNoteErrors(' ', false)).toEqual({ note: 'required' });
    expect(decisionNoteErrors('Ersätts av RL-015.', true)).toEqual({});
    expect(closingNoteErrors(undefined)).toEqual({});
    expect(closingNoteErrors('x'.repeat(DOCUMENT_LIMITS.closingNote + 1))).toEqual({ closingNote: 'tooLong' });
  });

  it('confirm a review with a next review day in the future', () => {
    expect(reviewConfirmationErrors(day(365), undefined, now, published.validUntil)).toEqual({});
    expect(reviewConfirmationErrors(day(0), undefined, now)).toEqual({ nextReviewAt: 'notInFuture' });
    expect(reviewConfirmationErrors(day(501), undefined, now, published.validUntil)).toEqual({ nextReviewAt: 'afterValidity' });
    expect(reviewConfirmationErrors(`${day(30)}xyz`, undefined, now)).toEqual({ nextReviewAt: 'invalidDate' });
    expect(reviewConfirmationErrors(day(30), 'x'.repeat(DOCUMENT_LIMITS.decisionNote + 1), now)).toEqual({ note: 'tooLong' });
  });
});

describe('a file', () => {
  it('is Word or PDF, whatever the case of its extension', () => {
    expect(fileErrors('Policy.docx', 1000)).toEqual({});
    expect(fileErrors('Policy.PDF', 1000)).toEqual({});
    expect(fileErrors('Riktlinje för åtkomst – 2026.Docx', 1000)).toEqual({});
    expect(fileErrors('Policy.doc', 1000)).toEqual({ name: 'fileType' });
    expect(fileErrors('Policy.docx.exe', 1000)).toEqual({ name: 'fileType' });
    expect(fileErrors('Policy', 1000)).toEqual({ name: 'fileType' });
    expect(fileErrors('', 1000)).toEqual({ name: 'required' });
    expect(fileErrors(undefined, 1000)).toEqual({ name: 'required' });
  });

  it('has a name SharePoint takes', () => {
    for (const name of ['a:b.docx', 'a*b.pdf', 'a?.pdf', 'a"b.pdf', 'a<b>.pdf', 'a|b.pdf', 'a/b.pdf', 'a\\b.pdf', 'a\u0001.pdf']) {
      expect(fileErrors(name, 1000)).toEqual({ name: 'invalidName' });
    }
    for (const name of [' Policy.docx', 'Policy.docx ', 'Policy.', '~$Policy.docx', 'x_vti_y.pdf', 'CON.docx', 'lpt1.pdf', '.docx', '   .pdf']) {
      expect(fileErrors(name, 1000)).toEqual({ name: 'invalidName' });
    }
    expect(fileErrors(`${'a'.repeat(DOCUMENT_LIMITS.fileName - 5)}.docx`, 1000)).toEqual({});
    expect(fileErrors(`${'a'.repeat(DOCUMENT_LIMITS.fileName - 4)}.docx`, 1000)).toEqual({ name: 'tooLong' });
    expect(fileErrors('Console.docx', 1000)).toEqual({});
  });

  it('is not empty and within the size limit', () => {
    expect(fileErrors('Policy.pdf', 0)).toEqual({ content: 'empty' });
    expect(fileErrors('Policy.pdf', NaN)).toEqual({ content: 'empty' });
    expect(fileErrors('Policy.pdf', DOCUMENT_LIMITS.fileBytes)).toEqual({});
    expect(fileErrors('Policy.pdf', DOCUMENT_LIMITS.fileBytes + 1)).toEqual({ content: 'tooLarge' });
    expect(fileErrors('Policy.exe', 0)).toEqual({ name: 'fileType', content: 'empty' });
  });
});
