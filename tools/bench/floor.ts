/**
 * What the building blocks of a first render cost on their own, gzip, React external as SPFx has
 * it: the floor under each web part's JS before its first render with data. Each is a tiny entry
 * bundled the way the web parts are (per-path Fluent UI imports, minified).
 */
import * as path from 'path';
import * as zlib from 'zlib';
import { build } from 'esbuild';
import { kb, table } from './measure';

const root = path.join(__dirname, '..', '..');

const FLUENT_CORE = `import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { Text } from '@fluentui/react/lib/Text';
import { Spinner } from '@fluentui/react/lib/Spinner';`;

const FLOORS: readonly { name: string; source: string }[] = [
  { name: 'Fluent UI 8: theme, text and a spinner (any web part)', source: `${FLUENT_CORE}\nexport default [ThemeProvider, Text, Spinner];` },
  {
    name: 'Fluent UI 8: + one button (every Fluent button carries its menu and callout)',
    source: `${FLUENT_CORE}
import { DefaultButton } from '@fluentui/react/lib/Button';
export default [ThemeProvider, Text, Spinner, DefaultButton];`
  },
  {
    name: 'Fluent UI 8: + tabs, a message bar and a link (a list view)',
    source: `${FLUENT_CORE}
import { Pivot } from '@fluentui/react/lib/Pivot';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { Link } from '@fluentui/react/lib/Link';
export default [ThemeProvider, Text, Spinner, Pivot, MessageBar, Link];`
  },
  {
    name: 'Fluent UI 8: + a text field, a dropdown and a button (a filter bar or a form)',
    source: `${FLUENT_CORE}
import { Pivot } from '@fluentui/react/lib/Pivot';
import { MessageBar } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { PrimaryButton } from '@fluentui/react/lib/Button';
export default [ThemeProvider, Text, Spinner, Pivot, MessageBar, TextField, Dropdown, PrimaryButton];`
  },
  {
    name: 'PnPjs: webs, lists, items and $batch (every data request)',
    source: `import { spfi, SPFx } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
export default [spfi, SPFx];`
  }
];

async function gzipBytes(source: string): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    external: ['react', 'react-dom'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent'
  });
  return zlib.gzipSync(result.outputFiles[0].contents).length;
}

export async function benchFloors(): Promise<string> {
  const rows: string[][] = [];
  for (const floor of FLOORS) rows.push([floor.name, kb(await gzipBytes(floor.source))]);
  return [
    '### The floor: what a first render is built of, on its own',
    '',
    'Each building block bundled alone (minified, gzip, React external). A web part whose first render with data shows a form or a filter bar with Fluent UI 8 inputs needs the last Fluent row and PnPjs together before anything of its own.',
    '',
    table(['building block', 'gzip'], rows)
  ].join('\n');
}
