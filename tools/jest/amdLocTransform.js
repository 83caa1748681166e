'use strict';
/**
 * SPFx loc files are AMD modules (`define([], function () { return {...}; })`) that SharePoint's
 * loader resolves per locale. Jest runs CommonJS: wrap the file so that its define() result
 * becomes module.exports. The workbench's bundler does the same (tools/workbench).
 */
module.exports = {
  process(source) {
    return {
      code: `var __tryggLoc; function define(deps, factory) { __tryggLoc = factory(); }\n${source}\nmodule.exports = __tryggLoc;`
    };
  }
};
