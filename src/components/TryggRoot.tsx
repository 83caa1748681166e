import * as React from 'react';
import { ThemeProvider, PartialTheme, Theme } from '@fluentui/react/lib/Theme';
import type { ISiteSetupService } from '../services/provisioning/SiteSetupService';
import { SiteSetupContext } from './siteSetup/SiteSetupContext';

export interface ITryggRootProps {
  /** The host's theme (SharePoint section variant or Teams theme); Fluent's default when absent. */
  theme?: PartialTheme | Theme;
  /** The site's setup, from the web part's services: what the error bar asks when a list or field is missing. */
  siteSetup?: ISiteSetupService;
  children?: React.ReactNode;
}

/**
 * Every web part renders inside this root, in SharePoint, in Teams and in the local workbench,
 * so that components read colours from useTheme() and follow the host (light, dark, contrast).
 */
export function TryggRoot(props: ITryggRootProps): React.ReactElement {
  return (
    <ThemeProvider theme={props.theme} applyTo="element" style={{ background: 'transparent' }}>
      <SiteSetupContext.Provider value={props.siteSetup}>{props.children}</SiteSetupContext.Provider>
    </ThemeProvider>
  );
}
