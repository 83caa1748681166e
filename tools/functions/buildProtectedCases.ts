/**
 * Builds the protected-cases function as a deployable Azure Functions app: one bundled file with
 * its dependencies (PnPjs, the Graph client, @azure/functions, @azure/identity) and the Swedish
 * strings, plus host.json and package.json. Deploy `functions/protectedCases/dist/` with
 * `func azure functionapp publish <app>` or a zip deploy.
 *
 *   npm run build:function
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { build } from 'esbuild';
import { localizedStringsPlugin } from '../workbench/bundle/locPlugin';

const ROOT = path.resolve(__dirname, '..', '..');
export const FUNCTION_DIR = path.join(ROOT, 'functions', 'protectedCases');
export const FUNCTION_DIST = path.join(FUNCTION_DIR, 'dist');

export async function buildProtectedCasesFunction(outDir: string = FUNCTION_DIST): Promise<{ bundleBytes: number }> {
  await fs.mkdir(outDir, { recursive: true });
  const outfile = path.join(outDir, 'index.js');
  await build({
    entryPoints: [path.join(FUNCTION_DIR, 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    charset: 'utf8',
    sourcemap: true,
    legalComments: 'linked',
    // Mails and history notes go out in Swedish, the region's language.
    plugins: [localizedStringsPlugin('sv-se', ROOT)],
    // Provided by the Functions host at run time.
    external: ['@azure/functions-core'],
    logLevel: 'warning'
  });
  const packageJson = JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  await fs.writeFile(
    path.join(outDir, 'package.json'),
    `${JSON.stringify({ name: 'trygg-protected-cases', version: packageJson.version, private: true, main: 'index.js' }, undefined, 2)}\n`
  );
  await fs.writeFile(
    path.join(outDir, 'host.json'),
    `${JSON.stringify({ version: '2.0', extensionBundle: { id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' }, extensions: { http: { routePrefix: 'api' } } }, undefined, 2)}\n`
  );
  return { bundleBytes: (await fs.stat(outfile)).size };
}

if (require.main === module) {
  buildProtectedCasesFunction()
    .then(({ bundleBytes }) => console.log(`Built ${path.relative(ROOT, FUNCTION_DIST)} (index.js ${(bundleBytes / 1024).toFixed(0)} KB)`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
