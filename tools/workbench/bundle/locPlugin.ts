/**
 * esbuild plugin: resolves each SPFx localized strings module ('TryggStrings', '…WebPartStrings')
 * to the loc file of one locale, as SharePoint's module loader does at run time. The names come
 * from config/config.json through tools/localizedResources.js, so a new web part's strings work
 * without touching the workbench.
 */
import { promises as fs } from 'fs';
import type { Plugin } from 'esbuild';
import { localizedResourceFiles } from '../../localizedResources';
import { unwrapAmdLocModule } from '../../loc/amdLoc';

const NAMESPACE = 'trygg-loc';

export function localizedStringsPlugin(locale: string, rootDir: string): Plugin {
  const files = localizedResourceFiles(locale, rootDir) as Record<string, string>;
  const names = Object.keys(files);
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Built from config.json's module names, each escaped above.
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp
  const filter = new RegExp(`^(${escaped.join('|')})$`);
  return {
    name: 'trygg-localized-strings',
    setup(build) {
      build.onResolve({ filter }, (args) => ({ path: files[args.path], namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (args) => ({
        contents: unwrapAmdLocModule(await fs.readFile(args.path, 'utf8')),
        loader: 'js',
        resolveDir: rootDir,
        watchFiles: [args.path]
      }));
    }
  };
}
