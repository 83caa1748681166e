import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { TryggRoot } from '../components/TryggRoot';
import { ITryggServices } from '../services/ITryggServices';
import { pageServices } from './pageServices';
import { teamsTheme } from './teamsThemes';

/** The theme TryggRoot gives Fluent: SharePoint's theme variants and Teams' themes are both Fluent themes. */
type TryggTheme = Parameters<typeof TryggRoot>[0]['theme'];

/**
 * The shared part of every Trygg web part: the theme (the section's theme variant on a SharePoint
 * page; Teams' default, dark or high-contrast theme in a Teams tab, following the user's changes),
 * rendering inside TryggRoot and unmounting on dispose. Subclasses only say what to render.
 */
export abstract class TryggWebPartBase<TProperties extends object> extends BaseClientSideWebPart<TProperties> {
  private _themeProvider: ThemeProvider | undefined;
  private _theme: TryggTheme;
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

  /**
   * The chunks the first view will ask for (a service group), started here so that they load
   * alongside the services rather than one after the other. A failure is left to the real import,
   * which tries again.
   */
  protected preloadChunks(): Promise<unknown>[] {
    return [];
  }

  protected async onInit(): Promise<void> {
    for (const chunk of this.preloadChunks()) chunk.catch(() => undefined);
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      // A tab follows Teams, not the site: Teams says its theme, and when the user changes it.
      const [tab] = await Promise.all([teams.teamsJs.app.getContext(), this.usesServices ? this.services() : undefined]);
      this._theme = teamsTheme(tab.app.theme);
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => this._setTheme(teamsTheme(name)));
      return;
    }
    this._themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this._theme = asFluentTheme(this._themeProvider.tryGetTheme());
    this._themeProvider.themeChangedEvent.add(this, this._onThemeChanged);
    if (this.usesServices) await this.services();
  }

  public render(): void {
    const theme = this._theme;
    const content = this.usesServices && !this._services ? React.createElement(React.Fragment) : this.renderContent();
    ReactDom.render(React.createElement(TryggRoot, { theme, siteSetup: this._services ? this._services.siteSetup : undefined }, content), this.domElement);
  }

  protected onDispose(): void {
    if (this._themeProvider) this._themeProvider.themeChangedEvent.remove(this, this._onThemeChanged);
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private _onThemeChanged(args: ThemeChangedEventArgs): void {
    this._setTheme(asFluentTheme(args.theme));
  }

  private _setTheme(theme: TryggTheme): void {
    this._theme = theme;
    if (this.renderedOnce) this.render();
  }
}

/** The SharePoint theme's palette and semantic colours are a subset of Fluent's theme. */
function asFluentTheme(variant: IReadonlyTheme | undefined): TryggTheme {
  return variant as unknown as TryggTheme;
}
