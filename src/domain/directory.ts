import { IPerson } from './organisation';
import { ManagerLookup } from './deviations/routing';

/** A person in the directory (Microsoft Graph). */
export interface IDirectoryUser extends IPerson {
  readonly graphId: string;
  readonly userPrincipalName: string;
  readonly jobTitle?: string;
  readonly department?: string;
}

export interface IDirectory {
  me(): Promise<IDirectoryUser>;
  /** The signed-in user's or another user's manager; never throws for "no manager". */
  managerOf(userIdOrUpn: string | 'me'): Promise<ManagerLookup>;
  search(text: string, top?: number): Promise<IDirectoryUser[]>;
}

export interface IMailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  /** Plain text: nothing a reporter typed is ever sent as HTML. */
  readonly body: string;
}

export interface INotifier {
  send(message: IMailMessage): Promise<void>;
}
