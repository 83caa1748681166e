import { Client } from '@microsoft/microsoft-graph-client';
import { RetryHandlerOptions } from '@microsoft/microsoft-graph-client/lib/src/middleware/options/RetryHandlerOptions';
import { IMailMessage, INotifier } from '../../domain/directory';

/** 429 and 503 say Graph did nothing; after a 504 the mail may have gone, and sending again could send it twice. */
const RETRY_ONLY_WHEN_NOT_SENT = new RetryHandlerOptions(3, 3, (_delay, _attempt, _request, _options, response) => response.status !== 504);

/**
 * Mail from the Trygg function's shared mailbox (Graph Mail.Send, application permission, limited to
 * that mailbox by an application access policy); plain text so nothing typed becomes HTML.
 */
export class GraphMailNotifier implements INotifier {
  private readonly _client: Client;
  private readonly _sender: string;

  constructor(client: Client, fromMailbox: string) {
    this._client = client;
    this._sender = `/users/${encodeURIComponent(fromMailbox)}`;
  }

  public async send(message: IMailMessage): Promise<void> {
    if (message.to.length === 0) return;
    await this._client
      .api(`${this._sender}/sendMail`)
      .middlewareOptions([RETRY_ONLY_WHEN_NOT_SENT])
      .post({
        message: {
          subject: message.subject,
          body: { contentType: 'Text', content: message.body },
          toRecipients: message.to.map((address) => ({ emailAddress: { address } }))
        },
        saveToSentItems: false
      });
  }
}
