/** POST /me/sendMail and /users/{id}/sendMail: validated like Graph, recorded in the outbox instead of sent. */
import { GraphError, graph } from '../errors';
import { Db, stmt } from '../storage/database';
import { GraphUserRow } from './users';

export interface IRecipient {
  readonly address: string;
  readonly name?: string;
}

export interface IOutboxMail {
  readonly id: number;
  readonly sentAt: string;
  readonly from: IRecipient;
  readonly to: readonly IRecipient[];
  readonly cc: readonly IRecipient[];
  readonly bcc: readonly IRecipient[];
  readonly subject: string;
  readonly bodyContentType: 'Text' | 'HTML';
  readonly body: string;
}

const MESSAGE_PROPS = new Set(['subject', 'body', 'toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo', 'importance', 'internetMessageHeaders', 'attachments', 'from']);
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function bodyReadError(message: string): GraphError {
  return new GraphError(400, 'RequestBodyRead', message);
}

function recipients(value: unknown, name: string): IRecipient[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw bodyReadError(`The property '${name}' must be a collection of recipients.`);
  return value.map((r: unknown) => {
    const email = typeof r === 'object' && r !== null ? (r as { emailAddress?: unknown }).emailAddress : undefined;
    const address = typeof email === 'object' && email !== null ? (email as { address?: unknown }).address : undefined;
    const display = typeof email === 'object' && email !== null ? (email as { name?: unknown }).name : undefined;
    if (typeof address !== 'string' || !EMAIL.test(address.trim())) throw graph.invalidRecipients();
    return { address: address.trim(), ...(typeof display === 'string' ? { name: display } : {}) };
  });
}

export function sendMail(db: Db, sender: GraphUserRow, body: Record<string, unknown>, now: Date): void {
  for (const key of Object.keys(body)) {
    if (key !== 'message' && key !== 'saveToSentItems') throw bodyReadError(`The property '${key}' does not exist on type 'microsoft.graph.sendMail'.`);
  }
  if (body.saveToSentItems !== undefined && typeof body.saveToSentItems !== 'boolean') throw bodyReadError("The property 'saveToSentItems' must be a boolean.");
  const message = body.message;
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw graph.invalidBody("The 'message' parameter is required.");
  const m = message as Record<string, unknown>;
  for (const key of Object.keys(m)) {
    if (!MESSAGE_PROPS.has(key)) throw bodyReadError(`The property '${key}' does not exist on type 'microsoft.graph.message'.`);
  }
  if (m.attachments !== undefined) throw graph.badRequest('Attachments are not supported by the emulator.');
  if (m.subject !== undefined && m.subject !== null && typeof m.subject !== 'string') throw bodyReadError("The property 'subject' must be a string.");
  let contentType: 'Text' | 'HTML' = 'Text';
  let content = '';
  if (m.body !== undefined && m.body !== null) {
    const b = m.body as { contentType?: unknown; content?: unknown };
    if (typeof b !== 'object') throw bodyReadError("The property 'body' must be an itemBody.");
    if (b.contentType !== undefined) {
      if (typeof b.contentType !== 'string' || !/^(text|html)$/i.test(b.contentType)) throw bodyReadError(`Requested value '${String(b.contentType)}' was not found (contentType must be Text or HTML).`);
      contentType = b.contentType.toLowerCase() === 'html' ? 'HTML' : 'Text';
    }
    if (b.content !== undefined && typeof b.content !== 'string') throw bodyReadError("The property 'content' must be a string.");
    content = typeof b.content === 'string' ? b.content : '';
  }
  const to = recipients(m.toRecipients, 'toRecipients');
  const cc = recipients(m.ccRecipients, 'ccRecipients');
  const bcc = recipients(m.bccRecipients, 'bccRecipients');
  if (to.length + cc.length + bcc.length === 0) throw graph.noRecipients();
  stmt(db, 'INSERT INTO _outbox (SentAt, FromAddress, FromName, Recipients, Subject, BodyContentType, Body, Message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    now.toISOString(),
    sender.Mail ?? sender.UserPrincipalName,
    sender.DisplayName,
    JSON.stringify({ to, cc, bcc }),
    typeof m.subject === 'string' ? m.subject : '',
    contentType,
    content,
    JSON.stringify(m)
  );
}

export function readOutbox(db: Db): IOutboxMail[] {
  const rows = stmt(db, 'SELECT * FROM _outbox ORDER BY Id').all() as unknown as {
    Id: number;
    SentAt: string;
    FromAddress: string;
    FromName: string | null;
    Recipients: string;
    Subject: string;
    BodyContentType: 'Text' | 'HTML';
    Body: string;
  }[];
  return rows.map((r) => {
    const rec = JSON.parse(r.Recipients) as { to: IRecipient[]; cc: IRecipient[]; bcc: IRecipient[] };
    return {
      id: r.Id,
      sentAt: r.SentAt,
      from: { address: r.FromAddress, ...(r.FromName ? { name: r.FromName } : {}) },
      to: rec.to,
      cc: rec.cc,
      bcc: rec.bcc,
      subject: r.Subject,
      bodyContentType: r.BodyContentType,
      body: r.Body
    };
  });
}
