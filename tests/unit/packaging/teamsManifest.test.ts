import * as fs from 'fs';
import * as path from 'path';
import { ManifestUtil } from '@microsoft/app-manifest';

const root = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'teams', 'manifest.json'), 'utf8'));
const schemaDir = path.join(root, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');

function numericVersions(): string[] {
  return fs
    .readdirSync(schemaDir)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}

describe('Teams app manifest', () => {
  it('uses the newest schema version the official package ships', () => {
    const versions = numericVersions();
    expect(manifest.manifestVersion).toBe(versions[versions.length - 1]);
  });

  it('is valid against the official Teams manifest schema', async () => {
    const schema = JSON.parse(
      fs.readFileSync(path.join(schemaDir, `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json'), 'utf8')
    );
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, schema);
    expect(errors).toEqual([]);
  });

  it('points every tab at a web part of the solution that supports Teams', () => {
    const webPartManifests = fs
      .readdirSync(path.join(root, 'src', 'webparts'))
      .map((folder) => path.join(root, 'src', 'webparts', folder))
      .flatMap((folder) => fs.readdirSync(folder).filter((f) => f.endsWith('.manifest.json')).map((f) => path.join(folder, f)))
      .map((file) => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')));
    const tabUrls: string[] = [
      ...manifest.staticTabs.map((tab: { contentUrl: string }) => tab.contentUrl),
      ...manifest.configurableTabs.map((tab: { configurationUrl: string }) => tab.configurationUrl)
    ];
    for (const url of tabUrls) {
      const componentId = /componentId=([0-9a-f-]{36})/.exec(url)?.[1];
      const webPart = webPartManifests.find((m) => m.id === componentId);
      expect(webPart).toBeDefined();
      expect(webPart.supportedHosts).toEqual(expect.arrayContaining(['TeamsTab', 'TeamsPersonalApp']));
    }
  });

  it('has the two icons in the sizes Teams requires', () => {
    const size = (file: string): [number, number] => {
      const png = fs.readFileSync(path.join(root, 'teams', file));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size(manifest.icons.color)).toEqual([192, 192]);
    expect(size(manifest.icons.outline)).toEqual([32, 32]);
  });
});
