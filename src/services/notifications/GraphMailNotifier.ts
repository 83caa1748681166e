import { Client } from '@microsoft/microsoft-graph-client';
import { IMailMessage, INotifier } from '../../domain/directory';

/** Mail sent as the signed-in user (Graph Mail.Send); plain text so nothing typed becomes HTML. */
export class GraphMailNotifier implements INotifier {
  private readonly _client: Client;

  constructor(client: Client) {
    this._client = client;
  }

  public async send(message: IMailMessage): Promise<void> {
    if (message.to.length === 0) return;
    await this._client.api('/me/sendMail').post({
      message: {
        subject: message.subject,
        body: { contentType: 'Text', content: message.body },
        toRecipients: message.to.map((address) => ({ emailAddress: { address } }))
      },
      saveToSentItems: false
    });
  }
}
