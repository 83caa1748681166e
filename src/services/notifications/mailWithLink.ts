import * as strings from 'TryggStrings';
import { IMailMessage } from '../../domain/directory';
import { format } from '../../common/format';

/** A Trygg mail: its text, then the link to where the reader acts (every mail the function sends ends so). */
export function mailWithLink(to: string | readonly string[], subject: string, body: string, link: string): IMailMessage {
  return { to: typeof to === 'string' ? [to] : to.slice(), subject, body: `${body}\n\n${format(strings.MailLink, link)}` };
}
