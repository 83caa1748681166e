import { TRYGG_FONT_FAMILY } from '../../../src/common/teamsThemes';
import { IWorkbenchPageConfig, PAGE_CONFIG_GLOBAL } from '../client/pageConfig';

const HTML_LANG: Readonly<Record<string, string>> = { 'sv-se': 'sv-SE', 'en-us': 'en-US' };

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The one HTML page of the workbench. `FabricConfig.fontBaseUrl = ''` keeps Fluent from
 * registering its Segoe UI web fonts on Microsoft's CDN (no outside requests): the text uses the
 * local Segoe UI stack, as on Windows and Mac.
 */
export function workbenchPageHtml(config: IWorkbenchPageConfig, scriptPath: string): string {
  const lang = HTML_LANG[config.locale] || 'sv-SE';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trygg</title>
<link rel="icon" type="image/svg+xml" href="/assets/favicon.svg">
<style>
  html, body { margin: 0; }
  body {
    font-family: ${TRYGG_FONT_FAMILY};
    -webkit-font-smoothing: antialiased;
    background: #faf9f8;
  }
</style>
<script>
  window.FabricConfig = { fontBaseUrl: '' };
  window.${PAGE_CONFIG_GLOBAL} = ${scriptJson(config)};
</script>
</head>
<body>
<div id="root"></div>
<script type="module" src="${scriptPath}"></script>
</body>
</html>
`;
}

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#0B5A4A"/><g transform="translate(10 10) scale(0.8)"><path d="M50 6 L86 20 V46 C86 68 70 86 50 94 C30 86 14 68 14 46 V20 Z" fill="#fff"/><path d="M34 50 L46 62 L68 38" fill="none" stroke="#0B5A4A" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`;
