/**
 * The workbench page's entry point. `?frame=1` renders only the web part, as a Teams tab's iframe
 * does; otherwise the shell around it.
 */
import './seedClock';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { FramedWebPart } from './hosts/FramedWebPart';
import { hostFor } from './hostFor';
import { workbenchStrings } from './loc';
import { readPageConfig } from './pageConfig';
import { SHAREPOINT_THEME } from './themes';
import { parseUrlState } from './urlState';
import { findWebPart, WEB_PARTS } from './webparts';
import { WorkbenchApp } from './WorkbenchApp';

/** SharePoint pages provide the icon font; offline, the workbench server serves Fluent's own files. */
export const ICON_BASE_URL = '/assets/icons/';

// The workbench page's root lives as long as the page: nothing to unmount.
/* eslint-disable @rushstack/pair-react-dom-render-unmount */
function main(): void {
  initializeIcons(ICON_BASE_URL);
  const config = readPageConfig();
  const state = parseUrlState(window.location.search, { webpart: WEB_PARTS[0].key, lang: config.locale });
  const root = document.getElementById('root');
  const webPart = findWebPart(state.webpart);
  if (state.frame && webPart) {
    const element = (
      <FramedWebPart webPart={webPart} config={config} host={hostFor(state)} failedMessage={workbenchStrings(config.locale).webPartFailed} />
    );
    ReactDom.render(element, root);
    return;
  }
  ReactDom.render(
    <ThemeProvider theme={SHAREPOINT_THEME} applyTo="body">
      <WorkbenchApp config={config} initialState={state} />
    </ThemeProvider>,
    root
  );
}

main();
