/**
 * Every localized strings module (config/config.json) has the same keys in sv-se.js, en-us.js and
 * mystrings.d.ts, and no empty string: a key missing in one locale shows as `undefined` in the UI,
 * and nothing else catches it (the .d.ts only types the import, not the loc files).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { readLocStrings } from '../../../tools/loc/amdLoc';
import { localizedResourceFiles } from '../../../tools/localizedResources';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const LOCALES = ['sv-se', 'en-us'];

/** The top-level keys of the interface that `declare module '<moduleName>'` exports. */
function declaredKeys(dtsFile: string, moduleName: string): string[] {
  const source = ts.createSourceFile(dtsFile, readFileSync(dtsFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const moduleDecl = source.statements.find(
    (s): s is ts.ModuleDeclaration => ts.isModuleDeclaration(s) && s.name.text === moduleName
  );
  const exported = moduleDecl?.body && ts.isModuleBlock(moduleDecl.body)
    ? moduleDecl.body.statements.filter(ts.isVariableStatement).flatMap((s) => s.declarationList.declarations)[0]
    : undefined;
  const typeName = exported?.type && ts.isTypeReferenceNode(exported.type) ? exported.type.typeName.getText(source) : undefined;
  const iface = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === typeName);
  if (!iface) throw new Error(`${dtsFile}: no interface exported by declare module '${moduleName}'`);
  return iface.members
    .filter(ts.isPropertySignature)
    .map((member) => (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(source)));
}

/** Every key path of a strings object (`Areas.fire`, `Principles[2]`), with its value. */
function entries(value: unknown, prefix = ''): [string, unknown][] {
  const children = Array.isArray(value)
    ? value.map((item, i): [string, unknown] => [`${prefix}[${i}]`, item])
    : value && typeof value === 'object'
      ? Object.entries(value).map(([key, item]): [string, unknown] => [prefix ? `${prefix}.${key}` : key, item])
      : [];
  return children.flatMap(([key, item]) => [[key, item] as [string, unknown], ...entries(item, key)]);
}

function difference(a: string[], b: string[]): string[] {
  const other = new Set(b);
  return a.filter((key) => !other.has(key));
}

const filesOf = (locale: string): Record<string, string> => localizedResourceFiles(locale, REPO_ROOT) as Record<string, string>;

const modules = Object.keys(filesOf('sv-se')).map((moduleName) => ({
  moduleName,
  strings: Object.fromEntries(LOCALES.map((locale) => [locale, readLocStrings(filesOf(locale)[moduleName])])),
  dtsFile: path.join(path.dirname(filesOf('sv-se')[moduleName]), 'mystrings.d.ts')
}));

describe.each(modules)('$moduleName', ({ moduleName, strings, dtsFile }) => {
  it('sv-se.js and en-us.js declare exactly the keys of mystrings.d.ts', () => {
    const declared = declaredKeys(dtsFile, moduleName);
    const problems = LOCALES.flatMap((locale) => {
      const keys = Object.keys(strings[locale] as object);
      return [
        ...difference(declared, keys).map((key) => `${moduleName}: ${locale}.js lacks ${key} (declared in mystrings.d.ts)`),
        ...difference(keys, declared).map((key) => `${moduleName}: ${locale}.js has ${key}, which mystrings.d.ts does not declare`)
      ];
    });
    expect(problems).toEqual([]);
  });

  it('sv-se.js and en-us.js have the same nested keys and list lengths', () => {
    const [sv, en] = LOCALES.map((locale) => entries(strings[locale]).map(([key]) => key));
    const problems = [
      ...difference(sv, en).map((key) => `${moduleName}: en-us.js lacks ${key}, which sv-se.js has`),
      ...difference(en, sv).map((key) => `${moduleName}: sv-se.js lacks ${key}, which en-us.js has`)
    ];
    expect(problems).toEqual([]);
  });

  it('has no empty string', () => {
    const problems = LOCALES.flatMap((locale) =>
      entries(strings[locale])
        .filter(([, value]) => typeof value === 'string' && value.trim() === '')
        .map(([key]) => `${moduleName}: ${key} in ${locale}.js is empty`)
    );
    expect(problems).toEqual([]);
  });
});
