/**
 * SPFx web part bundles leave `@microsoft/sp-*` to the page (webpack externals loaded by
 * SharePoint's module loader). The workbench page provides them from this folder: esbuild resolves
 * each import of one to its file here.
 */
import * as path from 'path';
import type { Plugin } from 'esbuild';

const SPFX_MODULES: Readonly<Record<string, string>> = {
  '@microsoft/sp-core-library': 'coreLibrary.ts',
  '@microsoft/sp-component-base': 'componentBase.ts',
  '@microsoft/sp-http': 'http.ts',
  '@microsoft/sp-property-pane': 'propertyPane.ts',
  '@microsoft/sp-webpart-base': 'webPartBase.ts'
};

export function spfxModulesPlugin(): Plugin {
  return {
    name: 'trygg-spfx-modules',
    setup(build) {
      build.onResolve({ filter: /^@microsoft\/sp-[a-z-]+$/ }, (args) => {
        const file = SPFX_MODULES[args.path];
        if (!file) return { errors: [{ text: `${args.path} is not provided by the workbench page: add it to tools/workbench/spfx/.` }] };
        return { path: path.join(__dirname, file) };
      });
    }
  };
}
