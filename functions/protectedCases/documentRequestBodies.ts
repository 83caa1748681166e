/**
 * The bodies of the governing-document operations (services/documents/documentProtocol.ts), read
 * field by field into their types; anything else is a 400 that names the field. Only types and hard
 * caps here: the values are the domain's to judge (domain/documents/documentValidation.ts).
 */
import { IApprovalInput, IConsultationInput, IDocumentFileInput, IDocumentRegistration } from '../../src/domain/documents/inputs';
import { IReadAudience } from '../../src/domain/documents/types';
import { DOCUMENT_LIMITS, GoverningDocumentType, InformationClass } from '../../src/domain/documents/vocabulary';
import { SecurityArea } from '../../src/domain/securityAreas';
import { IPerson } from '../../src/domain/organisation';
import { isClientRequestId } from '../../src/domain/validation';
import { IConfirmReviewRequest, IDecisionRequest } from '../../src/services/documents/documentProtocol';
import { InvalidRequest, Json, object, optionalString, requiredString } from './requestBodies';

/** A hard cap on text, well above the domain's limits, so that an absurd body is refused early. */
const TEXT_CAP = 100000;

function optionalId(body: Json, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number') throw new InvalidRequest({ [field]: 'invalidNumber' });
  return value;
}

function requiredId(body: Json, field: string): number {
  const value = optionalId(body, field);
  if (value === undefined) throw new InvalidRequest({ [field]: 'required' });
  return value;
}

function numbers(body: Json, field: string): number[] {
  const value = body[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > 1000 || !value.every((entry) => typeof entry === 'number')) throw new InvalidRequest({ [field]: 'invalidNumber' });
  return value as number[];
}

function strings(body: Json, field: string): string[] {
  const value = body[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > 100 || !value.every((entry) => typeof entry === 'string' && entry.length <= 255)) throw new InvalidRequest({ [field]: 'invalidChoice' });
  return value as string[];
}

function clientRequestId(body: Json): string {
  const value = requiredString(body, 'clientRequestId', 64);
  if (!isClientRequestId(value)) throw new InvalidRequest({ clientRequestId: 'invalid' });
  return value;
}

function person(value: unknown): IPerson {
  const json = object(value, 'readConfirmation');
  return {
    id: optionalId(json, 'id'),
    displayName: optionalString(json, 'displayName', 255) || '',
    email: optionalString(json, 'email', 320) || ''
  };
}

function audience(value: unknown): IReadAudience | undefined {
  if (value === undefined || value === null) return undefined;
  const json = object(value, 'readConfirmation');
  const people = json.people === undefined ? [] : json.people;
  if (!Array.isArray(people) || people.length > 1000) throw new InvalidRequest({ readConfirmation: 'invalid' });
  return { unitIds: numbers(json, 'unitIds'), people: people.map(person) };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function file(value: unknown): IDocumentFileInput {
  const json = object(value, 'file');
  const name = requiredString(json, 'name', 1024);
  // Base64 takes four characters for three bytes: more than the limit's worth is refused unread.
  const encoded = requiredString(json, 'contentBase64', Math.ceil((DOCUMENT_LIMITS.fileBytes + 3) / 3) * 4);
  if (!BASE64.test(encoded)) throw new InvalidRequest({ file: 'invalid' });
  const bytes = Buffer.from(encoded, 'base64');
  return { name, content: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

export function readRegisterDocument(value: unknown): { clientRequestId: string; registration: IDocumentRegistration; file: IDocumentFileInput } {
  const body = object(value, 'body');
  const json = object(body.registration, 'registration');
  const registration: IDocumentRegistration = {
    title: optionalString(json, 'title', TEXT_CAP) || '',
    type: (optionalString(json, 'type', 64) || '') as GoverningDocumentType,
    ownerId: requiredId(json, 'ownerId'),
    informationClass: (optionalString(json, 'informationClass', 64) || '') as InformationClass,
    areas: strings(json, 'areas') as SecurityArea[],
    scopeUnitId: optionalId(json, 'scopeUnitId'),
    supplementsId: optionalId(json, 'supplementsId'),
    parentId: optionalId(json, 'parentId'),
    reviewCycleMonths: requiredId(json, 'reviewCycleMonths'),
    preparedBy: optionalString(json, 'preparedBy', TEXT_CAP),
    readConfirmation: audience(json.readConfirmation)
  };
  return { clientRequestId: clientRequestId(body), registration, file: file(body.file) };
}

export function readConfirmReview(value: unknown): IConfirmReviewRequest {
  const body = object(value, 'body');
  return { etag: requiredString(body, 'etag', 128), nextReviewAt: optionalString(body, 'nextReviewAt', 64) || '', note: optionalString(body, 'note', TEXT_CAP) };
}

/** A note the domain requires or not (decisionNoteErrors). */
export function readNote(value: unknown): { note: string } {
  return { note: optionalString(object(value, 'body'), 'note', TEXT_CAP) || '' };
}

export function readDecision(value: unknown): IDecisionRequest {
  const body = object(value, 'body');
  return { etag: requiredString(body, 'etag', 128), note: optionalString(body, 'note', TEXT_CAP) || '' };
}

export function readApprove(value: unknown): { etag: string; approval: IApprovalInput } {
  const body = object(value, 'body');
  const json = object(body.approval, 'approval');
  return {
    etag: requiredString(body, 'etag', 128),
    approval: {
      approvedByBody: optionalString(json, 'approvedByBody', TEXT_CAP) || '',
      approvedOn: optionalString(json, 'approvedOn', 64) || '',
      effectiveFrom: optionalString(json, 'effectiveFrom', 64) || '',
      validUntil: optionalString(json, 'validUntil', 64),
      note: optionalString(json, 'note', TEXT_CAP)
    }
  };
}

export function readSendConsultation(value: unknown): { clientRequestId: string; consultation: IConsultationInput } {
  const body = object(value, 'body');
  const json = object(body.consultation, 'consultation');
  return {
    clientRequestId: clientRequestId(body),
    consultation: {
      recipientIds: numbers(json, 'recipientIds'),
      unitIds: numbers(json, 'unitIds'),
      deadline: optionalString(json, 'deadline', 64) || '',
      message: optionalString(json, 'message', TEXT_CAP)
    }
  };
}

export function readComment(value: unknown): { clientRequestId: string; text: string } {
  const body = object(value, 'body');
  return { clientRequestId: clientRequestId(body), text: optionalString(body, 'text', TEXT_CAP) || '' };
}

export function readAnswer(value: unknown): { text: string } {
  return { text: optionalString(object(value, 'body'), 'text', TEXT_CAP) || '' };
}

export function readCloseConsultation(value: unknown): { closingNote: string } {
  return { closingNote: optionalString(object(value, 'body'), 'closingNote', TEXT_CAP) || '' };
}
