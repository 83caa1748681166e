/**
 * `@microsoft/sp-core-library` as the workbench page provides it to web part bundles (SharePoint's
 * page loads the real one from Microsoft's CDN; npm's copy needs Microsoft-internal packages): the
 * parts Trygg's web parts and SPFx's other modules here use, with SPFx's behaviour.
 */

/** A component's data version, e.g. `Version.parse('1.0')`. */
export class Version {
  private constructor(
    public readonly major: number,
    public readonly minor: number,
    public readonly patch: number
  ) {}

  public static parse(value: string): Version {
    const parts = value.split('.').map((part) => Number(part));
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !Number.isInteger(part) || part < 0)) {
      throw new Error(`Invalid version string: ${value}`);
    }
    return new Version(parts[0], parts[1], parts[2] || 0);
  }

  public toString(): string {
    return `${this.major}.${this.minor}.${this.patch}`;
  }
}

export enum DisplayMode {
  Read = 1,
  Edit = 2
}

/** Identifies a service in a ServiceScope; `defaultCreator` builds it when nobody provided one. */
export class ServiceKey<T> {
  private constructor(
    public readonly name: string,
    public readonly defaultCreator: (scope: ServiceScope) => T
  ) {}

  public static create<T>(name: string, defaultCreator: (scope: ServiceScope) => T): ServiceKey<T> {
    return new ServiceKey(name, defaultCreator);
  }
}

/** SPFx's service locator: one instance per key in a scope, provided by the host or made on first use. */
export class ServiceScope {
  private readonly _services = new Map<ServiceKey<unknown>, unknown>();

  public static startNewRoot(): ServiceScope {
    return new ServiceScope();
  }

  public provide<T>(key: ServiceKey<T>, service: T): T {
    this._services.set(key as ServiceKey<unknown>, service);
    return service;
  }

  public consume<T>(key: ServiceKey<T>): T {
    if (!this._services.has(key as ServiceKey<unknown>)) this.provide(key, key.defaultCreator(this));
    return this._services.get(key as ServiceKey<unknown>) as T;
  }
}

type Handler<TArgs> = (args: TArgs) => void;

/** SPFx's event: handlers are added with the object they belong to, and called with it as `this`. */
export class SPEvent<TArgs> {
  private _handlers: { observer: object; handler: Handler<TArgs> }[] = [];

  public add(observer: object, handler: Handler<TArgs>): void {
    this._handlers.push({ observer, handler });
  }

  public remove(observer: object, handler: Handler<TArgs>): void {
    this._handlers = this._handlers.filter((entry) => entry.observer !== observer || entry.handler !== handler);
  }

  public raise(args: TArgs): void {
    this._handlers.slice().forEach((entry) => entry.handler.call(entry.observer, args));
  }
}
