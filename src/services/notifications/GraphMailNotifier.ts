import { Client } from '@microsoft/microsoft-graph-client';
import { IMailMessage, INotifier } from '../../domain/directory';

/**
 * Mail sent as the signed-in user (Graph Mail.Send, delegated), or from a shared mailbox when the
 * sender is an application; plain text so nothing typed becomes HTML.
 */
export class GraphMailNotifier implements INotifier {
  private readonly _client: Client;
  private readonly _sender: string;

  constructor(client: Client, fromMailbox?: string) {
    this._client = client;
    this._sender = fromMailbox ? `/users/${encodeURIComponent(fromMailbox)}` : '/me';
  }

  public async send(message: IMailMessage): Promise<void> {
    if (message.to.length === 0) return;
    await this._client.api(`${this._sender}/sendMail`).post({
      message: {
        subject: message.subject,
        body: { contentType: 'Text', content: message.body },
        toRecipients: message.to.map((address) => ({ emailAddress: { address } }))
      },
      saveToSentItems: false
    });
  }
}
