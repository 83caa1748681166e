/**
 * Bundle sizes: what SharePoint downloads per web part (the --ship build), and the bytes needed
 * before first render, as written and naively, both with React external as SPFx has it.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { build, Plugin } from 'esbuild';
import { kb, ratio, table } from './measure';
import { unwrapAmdLocModule } from '../loc/amdLoc';
import { localizedResourceFiles } from '../localizedResources';
import { fluentRootImportPlugin } from '../workbench/bundle/fluentRootImports';

const root = path.join(__dirname, '..', '..');

/** Resolves the SPFx strings modules to their Swedish loc files, unwrapped from AMD. */
const locPlugin: Plugin = {
  name: 'spfx-loc',
  setup(pluginBuild) {
    const files = localizedResourceFiles('sv-se', root) as Record<string, string>;
    pluginBuild.onResolve({ filter: /Strings$/ }, (args) => (files[args.path] ? { path: files[args.path], namespace: 'loc' } : undefined));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'loc' }, (args) => ({
      contents: unwrapAmdLocModule(fs.readFileSync(args.path, 'utf8')),
      loader: 'js'
    }));
  }
};

/** The naive way: import every Fluent UI component from the package root. */
const rootImportPlugin = fluentRootImportPlugin(root);

/**
 * Bytes the browser must fetch before the web part can render. As written: the entry chunk, with
 * dynamic imports split off (as SPFx splits them). Naive: one eager bundle, every Fluent UI
 * import from the package root and no lazy loading.
 */
async function initialBytes(entry: string, naive: boolean): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    outdir: path.join(root, 'temp', 'bench'),
    external: ['react', 'react-dom', '@microsoft/sp-*'],
    plugins: naive ? [locPlugin, rootImportPlugin] : [locPlugin],
    logLevel: 'silent',
    splitting: !naive
  });
  const entryName = path.basename(entry).replace(/\.tsx?$/, '.js');
  return result.outputFiles.filter((file) => path.basename(file.path) === entryName).reduce((sum, file) => sum + file.contents.length, 0);
}

function shipBundles(): { name: string; bytes: number; gzip: number }[] {
  const assets = path.join(root, 'sharepoint', 'solution', 'debug', 'ClientSideAssets');
  if (!fs.existsSync(assets)) return [];
  return fs
    .readdirSync(assets)
    .filter((file) => /-web-part_[0-9a-f]+\.js$/.test(file))
    .map((file) => {
      const content = fs.readFileSync(path.join(assets, file));
      return { name: file.replace(/_[0-9a-f]+\.js$/, ''), bytes: content.length, gzip: zlib.gzipSync(content).length };
    });
}

/** Each web part's root component: the file its web part class renders. */
function rootComponents(): { name: string; entry: string }[] {
  const webparts = path.join(root, 'src', 'webparts');
  return fs.readdirSync(webparts).map((folder) => ({
    name: folder,
    entry: path.join(webparts, folder, `${folder[0].toUpperCase()}${folder.slice(1)}WebPart.ts`)
  }));
}

export async function benchBundles(): Promise<string> {
  const ship = shipBundles();
  const rows: (string | number)[][] = [];
  for (const component of rootComponents()) {
    const shipped = ship.filter((b) => b.name.replace(/-/g, '') === `${component.name.toLowerCase()}webpart`)[0];
    const asWritten = await initialBytes(component.entry, false);
    const naive = await initialBytes(component.entry, true);
    rows.push([
      component.name,
      shipped ? kb(shipped.bytes) : 'not built',
      shipped ? kb(shipped.gzip) : '–',
      kb(asWritten),
      kb(naive),
      ratio(naive, asWritten)
    ]);
  }
  return [
    '### Bundle sizes per web part',
    '',
    'The SPFx ship build (minified; React and SPFx come from the page), and each web part class\'s entry chunk bundled with esbuild: as written (per-path Fluent UI imports; its view, data services and heavy parts in chunks loaded with `import()`) and naively (root imports, everything eager). The entry chunk is only the start: everything fetched before the first render with data is counted in Chromium below.',
    '',
    table(['web part', 'SPFx ship', 'SPFx gzip', 'entry chunk, as written', 'all of it, naive', 'naive / ours'], rows)
  ].join('\n');
}
