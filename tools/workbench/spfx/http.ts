/**
 * `@microsoft/sp-http` as the workbench page provides it. AadHttpClient calls an Azure AD-protected
 * API with a token for its app registration; the emulator's function knows the user by the
 * workbench's cookie instead, so the workbench's client sends the request as it is, on this origin.
 */
export class AadHttpClientConfiguration {}

export class AadHttpClient {
  public static readonly configurations = { v1: new AadHttpClientConfiguration() };

  public constructor(public readonly resource: string) {}

  public fetch(url: string, configuration: AadHttpClientConfiguration, init: RequestInit = {}): Promise<Response> {
    return window.fetch(url, { ...init, credentials: 'same-origin' });
  }
}

/** `context.aadHttpClientFactory`. */
export class AadHttpClientFactory {
  public getClient(resource: string): Promise<AadHttpClient> {
    return Promise.resolve(new AadHttpClient(resource));
  }
}
