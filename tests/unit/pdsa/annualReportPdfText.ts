/**
 * A PDF's text per page, read with Mozilla's pdf.js as a reader would: what the annual report's
 * tests check the PDF's figures against. pdf.js is an ES module that jest's CommonJS cannot load,
 * so it runs in its own Node process.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const STANDARD_FONTS = `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;

const SCRIPT = `
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'fs';
const [file, fonts] = process.argv.slice(1);
const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), standardFontDataUrl: fonts, isEvalSupported: false }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const content = await (await pdf.getPage(n)).getTextContent();
  pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\\n' : '')).join(''));
}
process.stdout.write(JSON.stringify(pages));
`;

/** Each page's text, in reading order; table cells run together, a line ends with a newline. */
export function pdfPageTexts(file: string): string[] {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, file, STANDARD_FONTS], {
    cwd: path.resolve(__dirname, '../../..'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  return JSON.parse(output) as string[];
}
