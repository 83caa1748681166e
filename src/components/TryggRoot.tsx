import * as React from 'react';
import { ThemeProvider, PartialTheme, Theme } from '@fluentui/react/lib/Theme';

export interface ITryggRootProps {
  /** The host's theme (SharePoint section variant or Teams theme); Fluent's default when absent. */
  theme?: PartialTheme | Theme;
  children?: React.ReactNode;
}

/**
 * Every web part renders inside this root, in SharePoint, in Teams and in the local workbench,
 * so that components read colours from useTheme() and follow the host (light, dark, contrast).
 */
export function TryggRoot(props: ITryggRootProps): React.ReactElement {
  return (
    <ThemeProvider theme={props.theme} applyTo="element" style={{ background: 'transparent' }}>
      {props.children}
    </ThemeProvider>
  );
}
