/**
 * Lets Node-run tools (benchmark, scripts) load code from src/ that imports SPFx strings modules
 * ('TryggStrings' …): names resolve through config/config.json to the loc files, and the AMD
 * `define` wrapper of those files is unwrapped (tools/loc/amdLoc.js, as jest and the workbench do).
 * Import this module before anything from src/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unwrapAmdLocModule } from '../loc/amdLoc';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const Module = require('module');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { localizedResourceFiles } = require('../localizedResources');

const locale = process.env.TRYGG_LOCALE || 'sv-se';
const files: Record<string, string> = localizedResourceFiles(locale, path.join(__dirname, '..', '..'));
const LOC_FILE = /[\\/]loc[\\/][a-z]{2}-[a-z]{2}\.js$/;

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request: string, ...rest: unknown[]): string {
  return files[request] || resolve.call(this, request, ...rest);
};

const loadJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module: { _compile(code: string, file: string): void }, filename: string): void {
  if (!LOC_FILE.test(filename)) return loadJs.call(this, module, filename);
  const source = fs.readFileSync(filename, 'utf8');
  module._compile(unwrapAmdLocModule(source), filename);
};
