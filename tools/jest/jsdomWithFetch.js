'use strict';
/**
 * jsdom for component tests that talk real HTTP: the components run the real PnPjs and Graph
 * client against the local emulator, so the page needs Node's fetch (jsdom has none).
 */
const { TestEnvironment } = require('jest-environment-jsdom');
const { dropSqliteExperimentalWarning } = require('../node/sqliteWarning');

class JsdomWithFetch extends TestEnvironment {
  async setup() {
    await super.setup();
    // The emulator runs in the same worker; see tools/node/sqliteWarning.js.
    dropSqliteExperimentalWarning(process);
    const g = this.global;
    for (const name of ['fetch', 'Headers', 'Request', 'Response', 'AbortController', 'AbortSignal', 'FormData', 'Blob', 'TextEncoder', 'TextDecoder', 'ReadableStream', 'structuredClone']) {
      if (globalThis[name] !== undefined) g[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithFetch;
