'use strict';
const { localizedResourceFiles } = require('./tools/localizedResources');

// Tests run in Swedish, the users' first language; files named *.en.tsx run again in English.
const locModules = Object.fromEntries(
  Object.entries(localizedResourceFiles('sv-se', '<rootDir>')).map(([name, file]) => [`^${name}$`, file])
);

const shared = {
  transform: {
    '^.+/loc/[a-z]{2}-[a-z]{2}\\.js$': '<rootDir>/tools/jest/amdLocTransform.js',
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.tools.json' }],
    // ES-module-only packages (PnPjs, and strip-bom under @microsoft/app-manifest): compile them for jest.
    '^.+/node_modules/.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.tools.json' }]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp/|strip-bom/|@microsoft/app-manifest/node_modules/strip-bom/))'],
  moduleNameMapper: locModules
};

module.exports = {
  reporters: ['default', '<rootDir>/tools/jest/summaryReporter.js'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'ui',
      testEnvironment: '<rootDir>/tools/jest/jsdomWithFetch.js',
      testMatch: ['<rootDir>/tests/ui/**/*.test.tsx']
    },
    {
      ...shared,
      displayName: 'ui-en',
      testEnvironment: '<rootDir>/tools/jest/jsdomWithFetch.js',
      testMatch: ['<rootDir>/tests/ui/**/*.en.tsx'],
      moduleNameMapper: Object.fromEntries(
        Object.entries(localizedResourceFiles('en-us', '<rootDir>')).map(([name, file]) => [`^${name}$`, file])
      )
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts']
    }
  ]
};
