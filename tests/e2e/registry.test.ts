/**
 * The workbench shows every web part of the solution: each manifest under src/webparts has a
 * registry entry (tools/workbench/client/webparts.ts) with the same id, alias and titles.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { WEB_PARTS } from '../../tools/workbench/client/webparts';

const WEBPARTS_DIR = path.resolve(__dirname, '../../src/webparts');

interface IManifest {
  id: string;
  alias: string;
  preconfiguredEntries: { title: { default: string; 'sv-SE'?: string }; officeFabricIconFontName?: string }[];
}

/** SPFx manifests are JSON with // comments. */
function readManifest(file: string): IManifest {
  const text = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return JSON.parse(text) as IManifest;
}

const manifests = readdirSync(WEBPARTS_DIR).flatMap((folder) =>
  readdirSync(path.join(WEBPARTS_DIR, folder))
    .filter((name) => name.endsWith('.manifest.json'))
    .map((name) => ({ folder, manifest: readManifest(path.join(WEBPARTS_DIR, folder, name)) }))
);

describe('workbench web part registry', () => {
  it('finds the manifests', () => {
    expect(manifests.length).toBeGreaterThan(0);
  });

  it.each(manifests.map((m) => [m.folder, m.manifest] as const))('registers %s with the manifest’s id, alias and titles', (folder, manifest) => {
    const entry = WEB_PARTS.find((webPart) => webPart.key === folder);
    expect(entry).toBeDefined();
    const title = manifest.preconfiguredEntries[0].title;
    expect({ manifestId: entry!.manifestId, alias: entry!.alias, title: entry!.title, iconName: entry!.iconName }).toEqual({
      manifestId: manifest.id,
      alias: manifest.alias,
      title: { 'en-us': title.default, 'sv-se': title['sv-SE'] || title.default },
      iconName: manifest.preconfiguredEntries[0].officeFabricIconFontName
    });
  });

  it('registers nothing that is not in the solution', () => {
    expect(WEB_PARTS.map((webPart) => webPart.key).filter((key) => !manifests.some((m) => m.folder === key))).toEqual([]);
  });
});
