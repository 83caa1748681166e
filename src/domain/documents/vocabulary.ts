/**
 * Governing documents (styrande dokument) from policy down to instruction, each steering the
 * ones below it, with the information classes a region labels its documents with.
 */
export const GOVERNING_DOCUMENT_TYPES = ['Policy', 'Strategi', 'Riktlinje', 'Instruktion'] as const;
export type GoverningDocumentType = typeof GOVERNING_DOCUMENT_TYPES[number];

export const INFORMATION_CLASSES = ['Öppen', 'Intern', 'Konfidentiell'] as const;
export type InformationClass = typeof INFORMATION_CLASSES[number];

/** Months between reviews unless the document says otherwise. */
export const DEFAULT_REVIEW_CYCLE_MONTHS = 24;
