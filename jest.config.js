'use strict';
const { localizedResourceFiles } = require('./tools/localizedResources');

// Tests run in Swedish, the users' first language; English is tested by swapping the module.
const locModules = Object.fromEntries(
  Object.entries(localizedResourceFiles('sv-se', '<rootDir>')).map(([name, file]) => [`^${name}$`, file])
);

const shared = {
  transform: {
    '^.+/loc/[a-z]{2}-[a-z]{2}\\.js$': '<rootDir>/tools/jest/amdLocTransform.js',
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.tools.json', isolatedModules: true }],
    // PnPjs ships ES modules only: compile them for jest.
    '^.+/node_modules/@pnp/.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.tools.json', isolatedModules: true }]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: locModules
};

module.exports = {
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
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.tsx']
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts']
    }
  ]
};
