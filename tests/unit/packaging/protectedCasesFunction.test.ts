import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildProtectedCasesFunction } from '../../../tools/functions/buildProtectedCases';

describe('the protected-cases function package (npm run build:function)', () => {
  let outDir: string;

  beforeAll(async () => {
    outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'trygg-function-'));
    await buildProtectedCasesFunction(outDir);
  }, 60000);

  afterAll(() => fs.rm(outDir, { recursive: true, force: true }));

  it('is one self-contained bundle with host.json, carrying the Swedish mail texts', async () => {
    const files = (await fs.readdir(outDir)).sort();
    expect(files).toEqual(expect.arrayContaining(['host.json', 'index.js', 'package.json']));
    const host = JSON.parse(await fs.readFile(path.join(outDir, 'host.json'), 'utf8'));
    expect(host.version).toBe('2.0');
    const bundle = await fs.readFile(path.join(outDir, 'index.js'), 'utf8');
    // Booleans, so a failure does not print 600 KB of bundle.
    expect(bundle.includes('Flyttat till skyddade ärenden')).toBe(true);
    // Nothing from the local emulator or the workbench is in it.
    expect(/x-trygg-user|node:sqlite/i.test(bundle)).toBe(false);
  });

  it('loads in Node, registers its HTTP route and exposes its handler', () => {
    // Outside the Functions runtime, @azure/functions says it skips the registration: that line is the proof.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const loaded = require(path.join(outDir, 'index.js')) as Record<string, unknown>;
      expect(typeof loaded.handleHttp).toBe('function');
      expect(typeof loaded.callerFromEasyAuth).toBe('function');
      expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).toContain('register function "protectedCases"');
    } finally {
      warn.mockRestore();
    }
  });
});
