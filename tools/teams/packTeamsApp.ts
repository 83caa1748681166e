/**
 * Zips teams/manifest.json and its icons into teams/TeamsSPFxApp.zip, the developer-provided
 * Teams app package that `gulp package-solution` puts into the .sppkg (SharePoint then deploys it
 * to the Teams app store instead of generating a manifest per web part).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

const teamsDir = path.join(__dirname, '..', '..', 'teams');

export async function packTeamsApp(): Promise<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(teamsDir, 'manifest.json'), 'utf8'));
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, undefined, 2));
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(icon, fs.readFileSync(path.join(teamsDir, icon)));
  }
  const target = path.join(teamsDir, 'TeamsSPFxApp.zip');
  fs.writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return target;
}

if (require.main === module) {
  packTeamsApp()
    .then((file) => console.log(`Teams app package: ${path.relative(process.cwd(), file)}`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
