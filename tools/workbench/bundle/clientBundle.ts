/**
 * The workbench's browser bundle: tools/workbench/client/main.tsx with the real components and
 * services from src/, built by esbuild in memory, one build per locale (SharePoint also serves one
 * strings file per locale). Production-like: minified, with linked source maps, and split where
 * the web parts load code lazily (`import()`), as SPFx's webpack splits them.
 */
import * as path from 'path';
import { build, Metafile } from 'esbuild';
import { memoizePromiseByKey } from '../../../src/common/memoizePromise';
import { localizedStringsPlugin } from './locPlugin';
import { spfxModulesPlugin } from '../spfx/modulesPlugin';
import { fluentRootImportPlugin } from './fluentRootImports';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(REPO_ROOT, 'tools/workbench/client/main.tsx');
/** Never written: esbuild needs an output folder to name the files it keeps in memory. */
const VIRTUAL_OUTDIR = path.join(REPO_ROOT, '.trygg/workbench');

export interface IBuiltFile {
  readonly contentType: string;
  readonly contents: Uint8Array;
}

export interface IClientBundle {
  readonly locale: string;
  /** By URL path, e.g. '/assets/sv-se/workbench.js', its chunks and their '.map' files. */
  readonly files: ReadonlyMap<string, IBuiltFile>;
  /** The entry module the page loads. */
  readonly scriptPath: string;
  readonly milliseconds: number;
  /** esbuild's metafile: which source bytes each chunk holds (the benchmark attributes them to web parts). */
  readonly metafile: Metafile;
}

export interface IBundleOptions {
  /** React's development build, unminified: full error messages and warnings, for debugging. */
  readonly development?: boolean;
  /** The benchmark's baseline: no lazy chunks, every Fluent UI import from the package root. */
  readonly naive?: boolean;
}

export function assetBase(locale: string): string {
  return `/assets/${locale}/`;
}

export async function buildClientBundle(locale: string, options: IBundleOptions = {}): Promise<IClientBundle> {
  const started = Date.now();
  const outdir = path.join(VIRTUAL_OUTDIR, locale);
  const result = await build({
    entryPoints: { workbench: ENTRY },
    outdir,
    bundle: true,
    write: false,
    // ES modules with splitting: an IIFE bundle would inline the lazy chunks behind init wrappers,
    // which breaks Fluent's module order (a ComboBox then renders an undefined Autofill).
    format: 'esm',
    splitting: !options.naive,
    chunkNames: 'chunk-[hash]',
    minify: !options.development,
    sourcemap: 'linked',
    sourcesContent: true,
    platform: 'browser',
    target: ['chrome110', 'edge110', 'firefox110', 'safari15'],
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': options.development ? '"development"' : '"production"' },
    tsconfig: path.join(REPO_ROOT, 'tsconfig.tools.json'),
    plugins: [spfxModulesPlugin(), localizedStringsPlugin(locale, REPO_ROOT), ...(options.naive ? [fluentRootImportPlugin(REPO_ROOT)] : [])],
    metafile: true,
    logLevel: 'silent'
  });
  const files = new Map<string, IBuiltFile>();
  for (const file of result.outputFiles) {
    const name = path.relative(outdir, file.path);
    files.set(`${assetBase(locale)}${name}`, {
      contentType: name.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8',
      contents: file.contents
    });
  }
  return { locale, files, scriptPath: `${assetBase(locale)}workbench.js`, milliseconds: Date.now() - started, metafile: result.metafile };
}

/** Builds each locale once, on first request or at start, and shares the result. */
export class ClientBundleCache {
  private readonly _builds: (locale: string) => Promise<IClientBundle>;

  constructor(options: IBundleOptions = {}) {
    // A failed build is not cached: the next request tries again (e.g. after a syntax fix).
    this._builds = memoizePromiseByKey((locale) => buildClientBundle(locale, options));
  }

  public get(locale: string): Promise<IClientBundle> {
    return this._builds(locale);
  }
}
