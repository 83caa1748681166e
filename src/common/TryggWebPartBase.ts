import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { TryggRoot } from '../components/TryggRoot';
import { ITryggServices } from '../services/ITryggServices';
import { pageServices } from './pageServices';

/**
 * The shared part of every Trygg web part: theme variants (SharePoint sections and Teams
 * themes), rendering inside TryggRoot and unmounting on dispose. Subclasses only say what
 * to render.
 */
export abstract class TryggWebPartBase<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  private _themeProvider: ThemeProvider | undefined;
  private _themeVariant: IReadonlyTheme | undefined;
  private _services: ITryggServices | undefined;

  protected abstract renderContent(): React.ReactElement;

  /** Web parts that show Trygg data say so; their services are ready before the first render. */
  protected get usesServices(): boolean {
    return false;
  }

  /** The services, once onInit has built them (web parts with usesServices). */
  protected get loadedServices(): ITryggServices | undefined {
    return this._services;
  }

  /**
   * Web parts that read or write Trygg data get their services built once per page, on first use,
   * and shared with the other Trygg web parts on it (pageServices). PnPjs and the Graph client load
   * as a separate chunk, so a web part that shows no data never downloads them.
   */
  protected async services(): Promise<ITryggServices> {
    if (!this._services) {
      this._services = await pageServices(this.context.pageContext.web.absoluteUrl, async () => {
        const { createSpfxServices } = await import(/* webpackChunkName: 'trygg-services' */ './spfxServices');
        return createSpfxServices(this.context);
      });
    }
    return this._services;
  }

  /** Where the web part is shown, for layout choices (Teams tabs are narrow, phones narrower). */
  protected get host(): 'sharepoint' | 'teams' {
    return this.context.sdks.microsoftTeams ? 'teams' : 'sharepoint';
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this._themeVariant = this._themeProvider.tryGetTheme();
    this._themeProvider.themeChangedEvent.add(this, this._onThemeChanged);
    if (this.usesServices) await this.services();
  }

  public render(): void {
    // The SharePoint theme's palette and semantic colours are a subset of Fluent's theme.
    const theme = this._themeVariant as unknown as Parameters<typeof TryggRoot>[0]['theme'];
    const content = this.usesServices && !this._services ? React.createElement(React.Fragment) : this.renderContent();
    ReactDom.render(React.createElement(TryggRoot, { theme, siteSetup: this._services ? this._services.siteSetup : undefined }, content), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private _onThemeChanged(args: ThemeChangedEventArgs): void {
    this._themeVariant = args.theme;
    this.render();
  }
}
