'use strict';
/**
 * Jest's node environment, created in the worker's own context: the place to reach the real
 * `process` (test code sees a copy) and drop node:sqlite's one experimental warning.
 */
const { TestEnvironment } = require('jest-environment-node');
const { dropSqliteExperimentalWarning } = require('../node/sqliteWarning');

class NodeEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    dropSqliteExperimentalWarning(process);
  }
}

module.exports = NodeEnvironment;
