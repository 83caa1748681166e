'use strict';
/**
 * SPFx loc files are AMD modules (`define([], function () { return {...}; })`) that SharePoint's
 * loader resolves per locale. Jest, Node and esbuild all want CommonJS: this is the one place
 * that knows how to unwrap them. Plain JS, so the jest transform can require it uncompiled.
 */
const fs = require('fs');
const vm = require('vm');

/**
 * Source that runs the loc file's define() and makes its result module.exports. Handles
 * define(deps, factory), define(factory) and define(object). Kept as text (not a function's
 * toString) so coverage instrumentation never leaks into the generated code, and on the
 * source's first line so stack traces keep the loc file's line numbers.
 */
function unwrapAmdLocModule(source) {
  return (
    'var __tryggLoc; function define(deps, factory) { ' +
    "var f = typeof factory === 'function' ? factory : deps; " +
    "__tryggLoc = typeof f === 'function' ? f() : f; } " +
    `${source}\nmodule.exports = __tryggLoc;`
  );
}

/** Evaluates a loc file in a fresh vm context and returns its strings object. */
function readLocStrings(file) {
  const module = { exports: undefined };
  vm.runInNewContext(unwrapAmdLocModule(fs.readFileSync(file, 'utf8')), { module }, { filename: file });
  return module.exports;
}

module.exports = { unwrapAmdLocModule, readLocStrings };
