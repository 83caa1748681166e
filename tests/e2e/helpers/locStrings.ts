/**
 * Reads an SPFx loc file (AMD) in Node, so a test asserts exactly the strings the bundle for that
 * locale carries, in Swedish and in English.
 */
import * as path from 'path';
import { localizedResourceFiles } from '../../../tools/localizedResources';
import { readLocStrings } from '../../../tools/loc/amdLoc';

const REPO_ROOT = path.resolve(__dirname, '../../..');

export function locStrings<T = Record<string, unknown>>(moduleName: string, locale: string): T {
  const file = (localizedResourceFiles(locale, REPO_ROOT) as Record<string, string>)[moduleName];
  if (!file) throw new Error(`${moduleName} is not a localized resource in config/config.json`);
  return readLocStrings<T>(file);
}
