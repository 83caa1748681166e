import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

// `npm test` builds the package first when it is stale (tools/build/ensureBuilt.ts).
const root = path.join(__dirname, '..', '..', '..');
const packagePath = path.join(root, 'sharepoint', 'solution', 'trygg.sppkg');

function webPartIds(): string[] {
  const webpartsDir = path.join(root, 'src', 'webparts');
  return fs.readdirSync(webpartsDir).flatMap((folder) =>
    fs
      .readdirSync(path.join(webpartsDir, folder))
      .filter((file) => file.endsWith('.manifest.json'))
      .map((file) => JSON.parse(fs.readFileSync(path.join(webpartsDir, folder, file), 'utf8').replace(/^\s*\/\/.*$/gm, '')).id)
  );
}

describe('trygg.sppkg', () => {
  let zip: JSZip;

  beforeAll(async () => {
    if (!fs.existsSync(packagePath)) {
      throw new Error(`${packagePath} is missing: run "npm run build" (npm test does it for you).`);
    }
    zip = await JSZip.loadAsync(fs.readFileSync(packagePath));
  });

  it('has an AppManifest for the Trygg solution with only the Graph scopes it cannot work without (issue #11, finding 8)', async () => {
    const appManifest = await zip.file('AppManifest.xml')!.async('string');
    expect(appManifest).toContain('c5052455-bd3c-4945-9a0e-997801e790cf');
    expect(appManifest).toContain('SkipFeatureDeployment="true"');
    const graphScopes = Array.from(appManifest.matchAll(/WebApiPermissionRequest ResourceId="Microsoft Graph" Scope="([^"]+)"/g)).map((match) => match[1]);
    // An approved scope is granted to all SPFx code in the tenant: no web part may send mail as the user.
    expect(graphScopes.sort()).toEqual(['User.Read.All', 'User.ReadBasic.All']);
  });

  it('contains a component manifest for every web part, with Teams hosts', async () => {
    const xmlFiles = Object.keys(zip.files).filter((name) => /WebPart_.*\.xml$/.test(name));
    const contents = await Promise.all(xmlFiles.map((name) => zip.file(name)!.async('string')));
    for (const id of webPartIds()) {
      const component = contents.find((xml) => xml.includes(id));
      expect(component).toBeDefined();
      expect(component).toContain('TeamsTab');
      expect(component).toContain('TeamsPersonalApp');
    }
  });

  it('carries the developer-provided Teams app package and the bundled assets', () => {
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['ClientSideAssets/TeamsSPFxApp.zip']));
    expect(names.some((name) => /^ClientSideAssets\/security-overview-web-part_[0-9a-f]+\.js$/.test(name))).toBe(true);
  });

  it('ships nothing from the emulator or the workbench', () => {
    const names = Object.keys(zip.files).join('\n');
    expect(names).not.toMatch(/emulator|workbench|seed/i);
  });
});
