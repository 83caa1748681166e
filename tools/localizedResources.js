'use strict';
/**
 * The localized resource modules declared in config/config.json, resolved to their source files
 * for one locale. Jest and the local workbench both use this, so config.json stays the one place
 * where a strings module is declared.
 */
const path = require('path');
const config = require('../config/config.json');

const LOCALES = ['sv-se', 'en-us'];

function localizedResourceFiles(locale, rootDir) {
  const files = {};
  for (const [moduleName, libPath] of Object.entries(config.localizedResources)) {
    const sourcePath = libPath.replace(/^lib\//, 'src/').replace('{locale}', locale);
    files[moduleName] = path.join(rootDir, sourcePath);
  }
  return files;
}

module.exports = { LOCALES, localizedResourceFiles };
