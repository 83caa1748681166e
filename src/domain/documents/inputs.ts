/** What people send when they register, edit, approve or send out a governing document. */
import { SecurityArea } from '../securityAreas';
import { IReadAudience } from './types';
import { GoverningDocumentType, InformationClass } from './vocabulary';

/** What a document owner or the security function registers; the number comes from the function. */
export interface IDocumentRegistration {
  readonly title: string;
  readonly type: GoverningDocumentType;
  readonly ownerId: number;
  readonly informationClass: InformationClass;
  readonly areas: readonly SecurityArea[];
  readonly scopeUnitId?: number;
  readonly supplementsId?: number;
  readonly parentId?: number;
  readonly reviewCycleMonths: number;
  readonly preparedBy?: string;
  readonly readConfirmation?: IReadAudience;
}

/** The owner's own edits to a draft (the fields set at approval are not among them). */
export type IDocumentDraftChanges = Partial<Omit<IDocumentRegistration, 'ownerId' | 'type'>>;

export interface IDocumentFileInput {
  readonly name: string;
  readonly content: ArrayBuffer;
}

export interface IApprovalInput {
  /** Fastställd av: the body or person who decided. */
  readonly approvedByBody: string;
  readonly approvedOn: string;
  /** Published on this day (today or later; the morning job publishes a later one). */
  readonly effectiveFrom: string;
  /** Giltig till och med; by default approval plus the review interval. */
  readonly validUntil?: string;
  readonly note?: string;
}

export interface IConsultationInput {
  readonly recipientIds: readonly number[];
  /** Units whose managers answer for them. */
  readonly unitIds: readonly number[];
  readonly deadline: string;
  readonly message?: string;
}
