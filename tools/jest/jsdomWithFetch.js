'use strict';
/**
 * jsdom for component tests that talk real HTTP: the components run the real PnPjs and Graph
 * client against the local emulator, so the page needs Node's fetch (jsdom has none).
 */
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetch extends TestEnvironment {
  async setup() {
    await super.setup();
    const g = this.global;
    for (const name of ['fetch', 'Headers', 'Request', 'Response', 'AbortController', 'AbortSignal', 'FormData', 'Blob', 'TextEncoder', 'TextDecoder', 'ReadableStream', 'structuredClone']) {
      if (globalThis[name] !== undefined) g[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithFetch;
