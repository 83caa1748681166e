/**
 * `@microsoft/sp-component-base` as the workbench page provides it: ThemeProvider gives web parts
 * the theme of the section they are in (SharePoint's theme variants) and tells them when it changes.
 */
import type { ITheme } from '@fluentui/react/lib/Styling';
import { ServiceKey, SPEvent } from './coreLibrary';

/** SharePoint's IReadonlyTheme: the Fluent theme's palette, semantic colours and fonts. */
export type IReadonlyTheme = Readonly<Partial<ITheme>>;

export class ThemeChangedEventArgs {
  public constructor(public readonly theme: IReadonlyTheme | undefined) {}
}

export class ThemeProvider {
  public static readonly serviceKey: ServiceKey<ThemeProvider> = ServiceKey.create('sp-component-base:ThemeProvider', () => new ThemeProvider());
  public readonly themeChangedEvent = new SPEvent<ThemeChangedEventArgs>();
  private _theme: IReadonlyTheme | undefined;

  public tryGetTheme(): IReadonlyTheme | undefined {
    return this._theme;
  }

  /** What the page does when the section's theme changes (the workbench's host). */
  public setTheme(theme: IReadonlyTheme | undefined): void {
    this._theme = theme;
    this.themeChangedEvent.raise(new ThemeChangedEventArgs(theme));
  }
}
