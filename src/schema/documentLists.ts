/**
 * The lists of governing documents (issue #13): the library, its decisions, consultation rounds
 * and their comments, and read confirmations. Part of TRYGG_LISTS (lists.ts).
 */
import { IListDefinition } from './types';
import { SECURITY_AREAS } from '../domain/securityAreas';
import {
  CONSULTATION_STATUSES,
  DOCUMENT_DECISION_KINDS,
  DOCUMENT_STATUSES,
  GOVERNING_DOCUMENT_TYPES,
  INFORMATION_CLASSES,
  MAX_REVIEW_CYCLE_MONTHS,
  MIN_REVIEW_CYCLE_MONTHS
} from '../domain/documents/vocabulary';

/**
 * Governing documents (policy, strategi, riktlinje, instruktion). Everyone reads the published
 * version; a draft or revision waits for approval and is seen meanwhile only by those who may edit
 * it. Only the Trygg function approves (it alone holds Approve Items, through Full Control), after
 * checking that the approver is the security function and neither the owner nor the last editor:
 * the security function edits (Edit) but cannot approve its own change through REST. The function
 * also registers each document, with its number, and shares it with its owner (Contribute on that
 * document): a few hundred documents are a few hundred permission scopes, well within SharePoint's
 * limits.
 */
export const governingDocumentsLibrary: IListDefinition = {
  key: 'governingDocuments',
  title: 'TryggStyrandeDokument',
  description: 'Styrande dokument med ägare, nummer, typ, informationsklass, fastställelse och giltighet.',
  template: 101,
  enableVersioning: true,
  contentApproval: { draftVisibility: 'editors' },
  roleAssignments: [
    { group: 'members', level: 'Read' },
    { group: 'managers', level: 'Read' },
    { group: 'documentOwners', level: 'Read' },
    { group: 'securityFunction', level: 'Edit' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'DocumentNumber', title: 'Dokumentnummer', type: 'Text', required: true, indexed: true, unique: true, maxLength: 32 },
    { name: 'GoverningDocumentType', title: 'Dokumenttyp', type: 'Choice', choices: GOVERNING_DOCUMENT_TYPES, required: true, indexed: true },
    { name: 'DocumentOwner', title: 'Dokumentägare', type: 'User', required: true, indexed: true },
    { name: 'InformationClass', title: 'Informationsklass', type: 'Choice', choices: INFORMATION_CLASSES, required: true },
    { name: 'SecurityAreas', title: 'Säkerhetsområden', type: 'MultiChoice', choices: SECURITY_AREAS },
    { name: 'ScopeUnitId', title: 'Gäller enhet', type: 'Integer', indexed: true, min: 1, description: 'Tom: regionalt dokument.' },
    { name: 'SupplementsId', title: 'Kompletterar', type: 'Integer', min: 1, description: 'Det regionala dokument som ett enhetsdokument kompletterar.' },
    { name: 'ParentDocumentId', title: 'Överordnat dokument', type: 'Integer', indexed: true, min: 1 },
    { name: 'DocumentStatus', title: 'Status', type: 'Choice', choices: DOCUMENT_STATUSES, required: true, indexed: true },
    { name: 'Edition', title: 'Utgåva', type: 'Integer', min: 0, max: 9999 },
    { name: 'ApprovedByBody', title: 'Fastställd av', type: 'Text', maxLength: 255 },
    { name: 'ApprovedOn', title: 'Fastställd', type: 'DateTime' },
    { name: 'EffectiveFrom', title: 'Gäller från', type: 'DateTime', indexed: true },
    { name: 'ValidUntil', title: 'Giltig till och med', type: 'DateTime', indexed: true },
    { name: 'PreparedBy', title: 'Upprättad av', type: 'Text', maxLength: 255 },
    { name: 'ReviewCycleMonths', title: 'Revideringsintervall (månader)', type: 'Integer', min: MIN_REVIEW_CYCLE_MONTHS, max: MAX_REVIEW_CYCLE_MONTHS },
    { name: 'NextReviewAt', title: 'Nästa revidering', type: 'DateTime', indexed: true },
    { name: 'LastReviewedAt', title: 'Senast granskad', type: 'DateTime' },
    { name: 'LastReviewedBy', title: 'Granskad av', type: 'User' },
    // Who had the Trygg function register the document: the first version is theirs (four eyes).
    { name: 'RegisteredBy', title: 'Registrerad av', type: 'User' },
    { name: 'ReadAudience', title: 'Läskvittens krävs av (JSON)', type: 'Note' },
    // A Note column cannot be indexed: this one finds the documents asking for read confirmation at any size.
    { name: 'AsksReadConfirmation', title: 'Kräver läskvittens', type: 'Boolean', indexed: true },
    { name: 'ReminderSentFor', title: 'Påminnelse skickad', type: 'Text', maxLength: 255 },
    { name: 'ClientRequestId', title: 'Klientens begäran', type: 'Text', indexed: true, unique: true, maxLength: 64 }
  ]
};

/**
 * The record of each document's decisions (domain/documents/vocabulary.ts): reviews, approvals,
 * requested changes, withdrawals. Public within the region, as a diarium is; only the Trygg
 * function writes, after checking who may decide.
 */
export const documentDecisionsList: IListDefinition = {
  key: 'documentDecisions',
  title: 'TryggDokumentbeslut',
  description: 'Granskningar, fastställelser, begärda ändringar och upphävanden av styrande dokument.',
  template: 100,
  titleField: { title: 'Dokumentnummer', required: false },
  enableVersioning: true,
  roleAssignments: [
    { group: 'members', level: 'Read' },
    { group: 'managers', level: 'Read' },
    { group: 'documentOwners', level: 'Read' },
    { group: 'securityFunction', level: 'Read' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'DocumentId', title: 'Dokument', type: 'Integer', required: true, indexed: true, min: 1 },
    { name: 'Edition', title: 'Utgåva', type: 'Integer', min: 0, max: 9999 },
    { name: 'DecisionKind', title: 'Beslut', type: 'Choice', choices: DOCUMENT_DECISION_KINDS, required: true, indexed: true },
    { name: 'DecidedByBody', title: 'Fastställd av', type: 'Text', maxLength: 255 },
    { name: 'RecordedBy', title: 'Registrerad av', type: 'User', required: true },
    { name: 'RecordedAt', title: 'Registrerad', type: 'DateTime', required: true },
    { name: 'DecisionNote', title: 'Kommentar', type: 'Note' },
    { name: 'EffectiveFrom', title: 'Gäller från', type: 'DateTime' },
    { name: 'ValidUntil', title: 'Giltig till och med', type: 'DateTime' },
    { name: 'NextReviewAt', title: 'Nästa revidering', type: 'DateTime' }
  ]
};

/**
 * Consultation rounds (remisser): each item is the copy of a draft sent out, readable only by its
 * owner, its recipients and the security function (item permissions the Trygg function sets), so
 * a recipient reads the draft without being able to edit the document.
 */
export const consultationsLibrary: IListDefinition = {
  key: 'consultations',
  title: 'TryggRemisser',
  description: 'Remissomgångar: kopian av utkastet, mottagare, svarsdatum och status.',
  template: 101,
  enableVersioning: true,
  roleAssignments: [
    // Everyone reaches the list and sees only what is shared with them (each item has its own permissions).
    { group: 'members', level: 'Trygg Hitta listan' },
    { group: 'securityFunction', level: 'Read' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'DocumentId', title: 'Dokument', type: 'Integer', required: true, indexed: true, min: 1 },
    { name: 'DocumentNumber', title: 'Dokumentnummer', type: 'Text', required: true, maxLength: 32 },
    { name: 'DraftVersion', title: 'Utkastets version', type: 'Text', required: true, maxLength: 16 },
    { name: 'Recipients', title: 'Mottagare (JSON)', type: 'Note', required: true },
    { name: 'RecipientUnits', title: 'Mottagande enheter (JSON)', type: 'Note' },
    { name: 'Deadline', title: 'Svar senast', type: 'DateTime', required: true, indexed: true },
    { name: 'ConsultationStatus', title: 'Status', type: 'Choice', choices: CONSULTATION_STATUSES, required: true, indexed: true },
    { name: 'ConsultationMessage', title: 'Meddelande', type: 'Note' },
    { name: 'SentBy', title: 'Skickad av', type: 'User', required: true },
    { name: 'SentAt', title: 'Skickad', type: 'DateTime', required: true },
    { name: 'ClosedAt', title: 'Stängd', type: 'DateTime' },
    { name: 'ClosingNote', title: 'Sammanställning', type: 'Note' },
    { name: 'ClientRequestId', title: 'Klientens begäran', type: 'Text', indexed: true, unique: true, maxLength: 64 }
  ]
};

/** Comments on a consultation round and the owner's answers; only the Trygg function writes. */
export const consultationCommentsList: IListDefinition = {
  key: 'consultationComments',
  title: 'TryggRemissvar',
  description: 'Synpunkter på remisser och dokumentägarens svar.',
  template: 100,
  titleField: { title: 'Rubrik', required: false },
  enableVersioning: true,
  roleAssignments: [
    // Everyone reaches the list and sees only what is shared with them (each item has its own permissions).
    { group: 'members', level: 'Trygg Hitta listan' },
    { group: 'securityFunction', level: 'Read' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'RoundId', title: 'Remiss', type: 'Integer', required: true, indexed: true, min: 1 },
    { name: 'DocumentId', title: 'Dokument', type: 'Integer', required: true, indexed: true, min: 1 },
    { name: 'Commenter', title: 'Lämnad av', type: 'User', required: true },
    { name: 'CommentText', title: 'Synpunkt', type: 'Note', required: true },
    { name: 'Answer', title: 'Svar', type: 'Note' },
    { name: 'AnsweredBy', title: 'Besvarad av', type: 'User' },
    { name: 'AnsweredAt', title: 'Besvarad', type: 'DateTime' },
    { name: 'ClientRequestId', title: 'Klientens begäran', type: 'Text', indexed: true, unique: true, maxLength: 64 }
  ]
};

/**
 * Read confirmations (läskvitton): an employee adds their own (the author is the reader, which
 * nobody can set for someone else) and reads only their own; document owners and the security
 * function read all of them to see who has and has not confirmed an edition.
 */
export const readConfirmationsList: IListDefinition = {
  key: 'readConfirmations',
  title: 'TryggLaskvittenser',
  description: 'Bekräftelser på att en medarbetare har läst en utgåva av ett styrande dokument.',
  template: 100,
  titleField: { title: 'Dokumentnummer', required: false },
  readSecurity: 2,
  writeSecurity: 2,
  roleAssignments: [
    { group: 'members', level: 'Trygg Rapportera' },
    { group: 'documentOwners', level: 'Trygg Följa upp' },
    { group: 'securityFunction', level: 'Trygg Följa upp' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'DocumentId', title: 'Dokument', type: 'Integer', required: true, indexed: true, min: 1 },
    { name: 'Edition', title: 'Utgåva', type: 'Integer', required: true, indexed: true, min: 1, max: 9999 },
    { name: 'ClientRequestId', title: 'Klientens begäran', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 }
  ]
};
