'use strict';
/**
 * SPFx loc files are AMD modules (`define([], function () { return {...}; })`) that SharePoint's
 * loader resolves per locale. Jest runs CommonJS: wrap the file so that its define() result
 * becomes module.exports (tools/loc/amdLoc.js, shared with the workbench and Node tools).
 */
const crypto = require('crypto');
const fs = require('fs');
const { unwrapAmdLocModule } = require('../loc/amdLoc');

// Jest caches transformed files by their source; the wrapper's own code must count too.
const WRAPPER_VERSION = crypto.createHash('sha1').update(fs.readFileSync(require.resolve('../loc/amdLoc'))).digest('hex');

module.exports = {
  process(source) {
    return { code: unwrapAmdLocModule(source) };
  },
  getCacheKey(source, file) {
    return crypto.createHash('sha1').update(WRAPPER_VERSION).update(file).update(source).digest('hex');
  }
};
