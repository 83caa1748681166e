'use strict';
/**
 * Node 22 warns once per process that node:sqlite is experimental. The emulator pins its Node, so
 * that one warning says nothing to a developer: drop it (every other warning still prints) to keep
 * `npm start`, `npm run emulator` and the tests quiet. Jest runs test code in a sandbox with a copy
 * of `process`, so its environments (tools/jest/*Environment.js) call this with the real one.
 */
const WRAPPED = Symbol.for('trygg.sqliteWarningDropped');

function dropSqliteExperimentalWarning(proc) {
  if (proc[WRAPPED]) return;
  const emitWarning = proc.emitWarning;
  proc.emitWarning = function (warning, ...rest) {
    const text = warning instanceof Error ? warning.message : String(warning);
    if (/^SQLite is an experimental feature/.test(text)) return;
    return emitWarning.call(this, warning, ...rest);
  };
  proc[WRAPPED] = true;
}

module.exports = { dropSqliteExperimentalWarning };
