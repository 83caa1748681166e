/**
 * Fluent's MDL2 icon font files, served from node_modules: on SharePoint the page provides them,
 * offline initializeIcons() would fetch them from Microsoft's CDN.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { memoizePromise, memoizePromiseByKey } from '../../../src/common/memoizePromise';

// The package exports only its entry (lib-commonjs/index.js); the fonts sit beside lib-commonjs.
export const ICON_FONT_DIR = path.resolve(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '../fonts');

export class IconFonts {
  private readonly _names = memoizePromise(() => fs.readdir(ICON_FONT_DIR).then((names) => new Set(names.filter((n) => n.endsWith('.woff')))));
  private readonly _files = memoizePromiseByKey((fileName: string) => fs.readFile(path.join(ICON_FONT_DIR, fileName)));

  /** The font's bytes, or undefined for a name that is not one of Fluent's files. */
  public async get(fileName: string): Promise<Buffer | undefined> {
    if (!(await this._names()).has(fileName)) return undefined;
    return this._files(fileName);
  }
}
