/**
 * The function trusts nothing a caller sends: each body is read field by field into the shared
 * protocol types, and anything else is a 400 that names the field.
 */
import { IDeviationDraft } from '../../src/domain/deviations/types';
import { isClientRequestId } from '../../src/domain/validation';
import { IAddActionRequest, IHandOverRequest, IProtectRequest, ISubmitRequest } from '../../src/services/protectedCases/protocol';
import { IAcceptanceDecision } from '../../src/domain/risks/acceptance';

export class InvalidRequest extends Error {
  public readonly fields: Record<string, string>;
  constructor(fields: Record<string, string>) {
    super(`Invalid request: ${Object.keys(fields).join(', ')}`);
    this.fields = fields;
  }
}

export type Json = Record<string, unknown>;

export function object(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidRequest({ [field]: 'notAnObject' });
  return value as Json;
}

export function optionalString(body: Json, field: string, max: number): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > max) throw new InvalidRequest({ [field]: 'invalidText' });
  return value;
}

export function requiredString(body: Json, field: string, max: number): string {
  const value = optionalString(body, field, max);
  if (value === undefined || value.trim() === '') throw new InvalidRequest({ [field]: 'required' });
  return value;
}

function email(body: Json, field: string): string {
  const value = requiredString(body, field, 320).trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(value)) throw new InvalidRequest({ [field]: 'invalidEmail' });
  return value;
}

function bool(body: Json, field: string): boolean {
  const value = body[field];
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new InvalidRequest({ [field]: 'notABoolean' });
  return value;
}

function draftFrom(value: unknown): IDeviationDraft {
  const draft = object(value, 'draft');
  const unitId = draft.unitId;
  if (unitId !== undefined && typeof unitId !== 'number') throw new InvalidRequest({ unitId: 'invalidNumber' });
  // Lengths are the domain's to judge (validateDraft); here only the types, with a hard cap.
  return {
    title: optionalString(draft, 'title', 10000) || '',
    description: optionalString(draft, 'description', 100000) || '',
    occurredAt: optionalString(draft, 'occurredAt', 64) || '',
    unitId: unitId as number | undefined,
    location: optionalString(draft, 'location', 10000),
    type: optionalString(draft, 'type', 255) as IDeviationDraft['type'],
    area: optionalString(draft, 'area', 255) as IDeviationDraft['area'],
    immediateActions: optionalString(draft, 'immediateActions', 100000),
    involvesPersonalData: bool(draft, 'involvesPersonalData'),
    suspectedCrime: bool(draft, 'suspectedCrime')
  };
}

export function readSubmit(value: unknown): ISubmitRequest {
  const body = object(value, 'body');
  const clientRequestId = requiredString(body, 'clientRequestId', 64);
  if (!isClientRequestId(clientRequestId)) throw new InvalidRequest({ clientRequestId: 'invalid' });
  return { clientRequestId, draft: draftFrom(body.draft) };
}

export function readHandOver(value: unknown): IHandOverRequest {
  const body = object(value, 'body');
  const reason = requiredString(body, 'reason', 32);
  if (reason !== 'Omfördelad' && reason !== 'Eskalerad') throw new InvalidRequest({ reason: 'invalidChoice' });
  return { etag: requiredString(body, 'etag', 128), toEmail: email(body, 'toEmail'), reason, note: optionalString(body, 'note', 1000) };
}

export function readAddAction(value: unknown): IAddActionRequest {
  const body = object(value, 'body');
  const dueDate = requiredString(body, 'dueDate', 64);
  if (isNaN(Date.parse(dueDate))) throw new InvalidRequest({ dueDate: 'invalidDate' });
  return { title: requiredString(body, 'title', 255).trim(), ownerEmail: email(body, 'ownerEmail'), dueDate };
}

export function readProtect(value: unknown): IProtectRequest {
  return { etag: requiredString(object(value, 'body'), 'etag', 128) };
}

/** An acceptance request: an optional note (the domain checks its length). */
export function readAcceptanceRequest(body: unknown): { note?: string } {
  const json = object(body, 'body');
  return { note: optionalString(json, 'note', 10000) };
}

/** An acceptance decision, field by field; the domain checks the rationale and the expiry. */
export function readAcceptanceDecision(body: unknown): IAcceptanceDecision {
  const json = object(body, 'body');
  const state = json.state;
  if (state !== 'Beviljad' && state !== 'Avslagen') throw new InvalidRequest({ state: 'invalidChoice' });
  return { state, rationale: optionalString(json, 'rationale', 10000) || '', expiresAt: optionalString(json, 'expiresAt', 40) };
}
