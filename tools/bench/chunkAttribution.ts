/**
 * Which share of each built chunk is a web part's own code, from esbuild's metafile
 * (`outputs[file].inputs[path].bytesInOutput`). A web part's code is every source file its folder
 * (src/webparts/<key>/) reaches by imports, less what SharePoint's page already provides: React,
 * ReactDOM, scheduler, SPFx's own libraries, and (in the workbench) the host's code under
 * tools/workbench/. The workbench's entry chunk holds every web part; this keeps a web part from
 * being charged for the others.
 */
import * as path from 'path';
import type { Metafile } from 'esbuild';

const PAGE_PROVIDED = [/(^|\/)node_modules\/(react|react-dom|scheduler)\//, /(^|\/)node_modules\/@microsoft\/sp-/, /^tools\/workbench\//];

/** A metafile path as a repository-relative path: no plugin namespace ('trygg-loc:'), '/' separators. */
function sourcePath(input: string, cwd: string): string {
  const withoutNamespace = input.replace(/^[a-z][\w-]+:(?!\/\/)/i, '');
  const relative = path.isAbsolute(withoutNamespace) ? path.relative(cwd, withoutNamespace) : withoutNamespace;
  return relative.split(path.sep).join('/');
}

const pageProvided = (source: string): boolean => PAGE_PROVIDED.some((pattern) => pattern.test(source));

/** The inputs a web part reaches from its folder, static and lazy imports alike (only fetched chunks are counted). */
function webPartInputs(metafile: Metafile, key: string, cwd: string): Set<string> {
  const folder = `src/webparts/${key}/`;
  const reached = new Set<string>();
  const pending = Object.keys(metafile.inputs).filter((input) => sourcePath(input, cwd).startsWith(folder));
  while (pending.length) {
    const input = pending.pop() as string;
    if (reached.has(input) || !metafile.inputs[input] || pageProvided(sourcePath(input, cwd))) continue;
    reached.add(input);
    for (const imported of metafile.inputs[input].imports) if (!imported.external) pending.push(imported.path);
  }
  return reached;
}

/**
 * The web part's fraction of each output file, by file name ('chunk-AB12.js'): its inputs'
 * bytesInOutput over all bytesInOutput of that file.
 */
export function webPartShareByChunk(metafile: Metafile, key: string, cwd: string = process.cwd()): Map<string, number> {
  const own = webPartInputs(metafile, key, cwd);
  const shares = new Map<string, number>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    let ownBytes = 0;
    let allBytes = 0;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      allBytes += bytesInOutput;
      if (own.has(input)) ownBytes += bytesInOutput;
    }
    shares.set(path.basename(file), allBytes ? ownBytes / allBytes : 0);
  }
  return shares;
}
