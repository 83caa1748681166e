/**
 * The naive way to import Fluent UI: every `@fluentui/react/lib/<X>` from the package root. The
 * benchmark builds its baselines this way (tools/bench) to show what per-path imports save.
 */
import * as path from 'path';
import type { Plugin } from 'esbuild';

export function fluentRootImportPlugin(rootDir: string): Plugin {
  return {
    name: 'fluent-root-imports',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^@fluentui\/react\/lib\/.+/ }, () => ({
        path: path.join(rootDir, 'node_modules', '@fluentui', 'react', 'lib', 'index.js')
      }));
    }
  };
}
