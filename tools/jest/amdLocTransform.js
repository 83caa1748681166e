'use strict';
/**
 * SPFx loc files are AMD modules (`define([], function () { return {...}; })`) that SharePoint's
 * loader resolves per locale. Jest runs CommonJS: wrap the file so that its define() result
 * becomes module.exports (tools/loc/amdLoc.js, shared with the workbench and Node tools).
 */
const { unwrapAmdLocModule } = require('../loc/amdLoc');

module.exports = {
  process(source) {
    return { code: unwrapAmdLocModule(source) };
  }
};
