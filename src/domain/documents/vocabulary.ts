/**
 * Governing documents (styrande dokument) from policy down to instruction, each steering the
 * ones below it, with the information classes a region labels its documents with.
 */
export const GOVERNING_DOCUMENT_TYPES = ['Policy', 'Strategi', 'Riktlinje', 'Instruktion'] as const;
export type GoverningDocumentType = typeof GOVERNING_DOCUMENT_TYPES[number];

/** Stable, ASCII keys for loc lookups. */
export const GOVERNING_DOCUMENT_TYPE_KEYS: Readonly<Record<GoverningDocumentType, string>> = {
  Policy: 'policy',
  Strategi: 'strategy',
  Riktlinje: 'guideline',
  Instruktion: 'instruction'
};

/** The document number's prefix per type: `RL-007` is the seventh riktlinje (domain/documents/numbering.ts). */
export const DOCUMENT_NUMBER_PREFIXES: Readonly<Record<GoverningDocumentType, string>> = {
  Policy: 'POL',
  Strategi: 'STR',
  Riktlinje: 'RL',
  Instruktion: 'INS'
};

export const INFORMATION_CLASSES = ['Öppen', 'Intern', 'Konfidentiell'] as const;
export type InformationClass = typeof INFORMATION_CLASSES[number];

/** Months between reviews unless the document says otherwise. */
export const DEFAULT_REVIEW_CYCLE_MONTHS = 24;
export const MIN_REVIEW_CYCLE_MONTHS = 1;
export const MAX_REVIEW_CYCLE_MONTHS = 60;

/**
 * A document's life (domain/documents/lifecycle.ts): a draft (Utkast) may go out on consultation
 * (Remiss) and back; approval (Fastställd) publishes it on its effective date (Publicerad); a
 * published document may be withdrawn (Upphävd). A revision is a new draft beside the published
 * version, which readers keep seeing until the new one is published.
 */
export const DOCUMENT_STATUSES = ['Utkast', 'Remiss', 'Fastställd', 'Publicerad', 'Upphävd'] as const;
export type DocumentStatus = typeof DOCUMENT_STATUSES[number];

export const DOCUMENT_STATUS_KEYS: Readonly<Record<DocumentStatus, string>> = {
  Utkast: 'draft',
  Remiss: 'consultation',
  Fastställd: 'approved',
  Publicerad: 'published',
  Upphävd: 'withdrawn'
};

/**
 * What TryggDokumentbeslut records, each by the Trygg function after checking who may: the
 * owner's review without change, the security function's approval, its request for changes, the
 * owner's proposal to withdraw and the decision to withdraw.
 */
export const DOCUMENT_DECISION_KINDS = ['Granskad utan ändring', 'Fastställd', 'Ändringar begärda', 'Upphävande föreslaget', 'Upphävd'] as const;
export type DocumentDecisionKind = typeof DOCUMENT_DECISION_KINDS[number];

export const DOCUMENT_DECISION_KIND_KEYS: Readonly<Record<DocumentDecisionKind, string>> = {
  'Granskad utan ändring': 'reviewed',
  Fastställd: 'approved',
  'Ändringar begärda': 'changesRequested',
  'Upphävande föreslaget': 'withdrawalProposed',
  Upphävd: 'withdrawn'
};

export const CONSULTATION_STATUSES = ['Öppen', 'Stängd'] as const;
export type ConsultationStatus = typeof CONSULTATION_STATUSES[number];

/** The owner's queue looks this far ahead (days) for reviews and validity that end. */
export const DOCUMENT_QUEUE_HORIZON_DAYS = 90;
/** Owners are reminded this many days before the review or the end of validity, and on the day; each once. */
export const DOCUMENT_REMINDER_DAYS = [90, 30, 0] as const;

/** Limits of the texts people write. */
export const DOCUMENT_LIMITS = {
  title: 255,
  preparedBy: 255,
  approvedByBody: 255,
  comment: 4000,
  answer: 4000,
  decisionNote: 2000,
  /** The owner's message with a remiss, and the summary that closes it. */
  consultationMessage: 2000,
  closingNote: 4000,
  /** A file: SharePoint takes more, a governing document in Word or PDF needs no more. */
  fileBytes: 50 * 1024 * 1024,
  /** A file's name: well within SharePoint's 400 characters of path, readable in a list. */
  fileName: 128,
  consultationRecipients: 50
} as const;

/** The files a governing document may be. */
export const DOCUMENT_FILE_EXTENSIONS = ['docx', 'pdf'] as const;
