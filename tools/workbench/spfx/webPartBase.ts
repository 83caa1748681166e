/**
 * `@microsoft/sp-webpart-base` as the workbench page provides it: BaseClientSideWebPart with the
 * lifecycle SharePoint's web part manager drives (initialise with context and properties, onInit,
 * the first render, dispose), so the workbench runs Trygg's real web part classes.
 */
import type { IWorkbenchWebPartContext } from './context';
import { DisplayMode, Version } from './coreLibrary';

export type WebPartContext = IWorkbenchWebPartContext;

/** A web part class as its bundle exports it (typed against SPFx's own declarations there). */
export type IWorkbenchWebPartClass = new () => object;

export abstract class BaseClientSideWebPart<TProperties extends object> {
  private _context: IWorkbenchWebPartContext | undefined;
  private _properties: TProperties | undefined;
  private _renderedOnce = false;

  public get context(): IWorkbenchWebPartContext {
    if (!this._context) throw new Error('The web part has not been initialised.');
    return this._context;
  }

  public get properties(): TProperties {
    return this._properties as TProperties;
  }

  public get domElement(): HTMLElement {
    return this.context.domElement;
  }

  public get displayMode(): DisplayMode {
    return DisplayMode.Read;
  }

  protected get renderedOnce(): boolean {
    return this._renderedOnce;
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected onInit(): Promise<void> {
    return Promise.resolve();
  }

  public abstract render(): void;

  protected onDispose(): void {
    // Web parts release what they hold.
  }

  /** As SharePoint's web part manager: the context and the page's stored properties, before onInit. */
  public _internalInitialize(context: IWorkbenchWebPartContext, properties: TProperties): void {
    this._context = context;
    this._properties = properties;
  }

  /** onInit, then the first render, as the manager does when the web part comes into view. */
  public async _internalFirstTimeRender(): Promise<void> {
    await this.onInit();
    this.render();
    this._renderedOnce = true;
  }

  public _internalDispose(): void {
    this.onDispose();
  }
}
