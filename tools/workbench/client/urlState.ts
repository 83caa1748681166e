/**
 * The workbench's state lives in the URL (/?webpart=securityOverview&view=teams&theme=dark&lang=sv-se)
 * so that tests and README links can deep-link to any web part, host and language.
 */
import { isWorkbenchLocale, WorkbenchLocale } from './pageConfig';

export type WorkbenchView = 'sharepoint' | 'teams' | 'mobile';
export type WorkbenchTheme = 'light' | 'dark' | 'contrast';

export const WORKBENCH_THEMES: readonly WorkbenchTheme[] = ['light', 'dark', 'contrast'];

export const WORKBENCH_VIEWS: readonly WorkbenchView[] = ['sharepoint', 'teams', 'mobile'];

export interface IWorkbenchUrlState {
  readonly webpart: string;
  readonly view: WorkbenchView;
  readonly theme: WorkbenchTheme;
  readonly lang: WorkbenchLocale;
  /** The outbox panel is open. */
  readonly outbox: boolean;
  /** Render only the web part as its host would (inside the Teams and phone frames' iframe). */
  readonly frame: boolean;
  /** Other parameters, kept for the web part: e.g. the inbox's ?case=42. */
  readonly extra?: Readonly<Record<string, string>>;
}

const OWN_PARAMETERS = ['webpart', 'view', 'theme', 'lang', 'outbox', 'frame'];

export function parseUrlState(search: string, fallback: { webpart: string; lang: WorkbenchLocale }): IWorkbenchUrlState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const lang = params.get('lang');
  return {
    webpart: params.get('webpart') || fallback.webpart,
    view: (WORKBENCH_VIEWS as readonly string[]).indexOf(view || '') >= 0 ? (view as WorkbenchView) : 'sharepoint',
    theme: (WORKBENCH_THEMES as readonly string[]).indexOf(params.get('theme') || '') >= 0 ? (params.get('theme') as WorkbenchTheme) : 'light',
    lang: isWorkbenchLocale(lang) ? lang : fallback.lang,
    outbox: params.get('outbox') === '1',
    frame: params.get('frame') === '1',
    extra: Object.fromEntries(Array.from(params.entries()).filter(([key]) => OWN_PARAMETERS.indexOf(key) < 0))
  };
}

/** The query string for a state; defaults are left out to keep links short. */
export function toSearch(state: IWorkbenchUrlState): string {
  const params = new URLSearchParams();
  params.set('webpart', state.webpart);
  params.set('view', state.view);
  if (state.view !== 'sharepoint' || state.theme !== 'light') params.set('theme', state.theme);
  params.set('lang', state.lang);
  if (state.outbox) params.set('outbox', '1');
  if (state.frame) params.set('frame', '1');
  for (const [key, value] of Object.entries(state.extra || {})) params.set(key, value);
  return `?${params.toString()}`;
}
