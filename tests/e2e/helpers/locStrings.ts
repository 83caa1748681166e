/**
 * Reads an SPFx loc file (AMD) in Node, so a test asserts exactly the strings the bundle for that
 * locale carries, in Swedish and in English.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { localizedResourceFiles } from '../../../tools/localizedResources';

const REPO_ROOT = path.resolve(__dirname, '../../..');

export function locStrings<T = Record<string, unknown>>(moduleName: string, locale: string): T {
  const file = (localizedResourceFiles(locale, REPO_ROOT) as Record<string, string>)[moduleName];
  if (!file) throw new Error(`${moduleName} is not a localized resource in config/config.json`);
  let result: unknown;
  const define = (deps: unknown, factory?: () => unknown): void => {
    result = typeof factory === 'function' ? factory() : deps;
  };
  vm.runInNewContext(readFileSync(file, 'utf8'), { define }, { filename: file });
  return result as T;
}
