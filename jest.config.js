'use strict';
const os = require('os');
const { localizedResourceFiles } = require('./tools/localizedResources');

/** Each SPFx strings module ('TryggStrings', '…WebPartStrings') mapped to its loc file in one locale. */
const locModules = (locale) =>
  Object.fromEntries(Object.entries(localizedResourceFiles(locale, '<rootDir>')).map(([name, file]) => [`^${name}$`, file]));

const shared = {
  transform: {
    '^.+/loc/[a-z]{2}-[a-z]{2}\\.js$': '<rootDir>/tools/jest/amdLocTransform.js',
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.tools.json' }],
    // ES-module-only packages (PnPjs, and strip-bom under @microsoft/app-manifest): compile them for jest.
    '^.+/node_modules/.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.tools.json' }]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp/|strip-bom/|@microsoft/app-manifest/node_modules/strip-bom/))'],
  // Tests run in Swedish, the users' first language; files named *.en.tsx run again in English.
  moduleNameMapper: locModules('sv-se'),
  setupFilesAfterEnv: ['<rootDir>/tools/jest/setup/failOnConsole.ts']
};

const component = {
  ...shared,
  testEnvironment: '<rootDir>/tools/jest/jsdomWithFetch.js',
  setupFilesAfterEnv: [...shared.setupFilesAfterEnv, '<rootDir>/tools/jest/setup/component.ts']
};

module.exports = {
  // Tests that talk HTTP to the emulator retry through PnPjs's back-off and may share the machine
  // with other work: none of them lives under jest's 5 s default. Waits inside a test are on
  // conditions; this limit only ends a test that is truly stuck.
  testTimeout: 120_000,
  // Jest's default is one worker less than the cores: on CI's two cores, one worker, and the
  // component and service tests then mostly wait on the emulator. Two workers finish them in about
  // half the time. `npm test` runs the browser tests after them with one worker: two browser workers
  // beside Chromium on two cores gained a fifth and made timing races surface.
  maxWorkers: Math.max(2, (os.availableParallelism ? os.availableParallelism() : os.cpus().length) - 1),
  reporters: ['default', '<rootDir>/tools/jest/summaryReporter.js'],
  projects: [
    { ...shared, displayName: 'unit', testEnvironment: '<rootDir>/tools/jest/nodeEnvironment.js', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...shared, displayName: 'integration', testEnvironment: '<rootDir>/tools/jest/nodeEnvironment.js', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    { ...component, displayName: 'ui', testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'] },
    { ...component, displayName: 'ui-en', testMatch: ['<rootDir>/tests/ui/**/*.en.tsx'], moduleNameMapper: locModules('en-us') },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: '<rootDir>/tools/jest/nodeEnvironment.js',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      // Chromium is checked once before any browser test: a missing one is one clear line, not a
      // launch failure per test.
      globalSetup: '<rootDir>/tools/jest/e2eGlobalSetup.ts'
    }
  ]
};
