/**
 * Issue #16, data requests: each web part's main view, as the person it is for, shows its data
 * after at most two requests (a `$batch` counts as one): who the user is and the units, then the
 * view's own data. Counted from when each request is sent, up to the moment the data is first on
 * screen; every one of them is one the emulator answered.
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { createTryggServices } from '../../src/services/createTryggServices';
import { ITryggServices } from '../../src/services/ITryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import SecurityOverview from '../../src/webparts/securityOverview/components/SecurityOverview';
import DeviationReport from '../../src/webparts/deviationReport/components/DeviationReport';
import DeviationInbox from '../../src/webparts/deviationInbox/components/DeviationInbox';
import DeviationStatistics from '../../src/webparts/deviationStatistics/components/DeviationStatistics';
import RiskRegister from '../../src/webparts/riskRegister/components/RiskRegister';
import GovernanceDocuments from '../../src/webparts/governanceDocuments/components/GovernanceDocuments';
import PdsaDashboard from '../../src/webparts/pdsaDashboard/components/PdsaDashboard';
import SecurityFollowUp from '../../src/webparts/securityFollowUp/components/SecurityFollowUp';
import SecurityGoals from '../../src/webparts/securityGoals/components/SecurityGoals';
import AnnualReport from '../../src/webparts/annualReport/components/AnnualReport';
import { sitePageLinks } from '../../src/webparts/securityOverview/homeLinks';

const NOW = new Date(REFERENCE_TIME);
const BUDGET = 2;
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: buildRegionExempel(), now: () => NOW });
});

afterAll(async () => {
  await emulator.close();
});

const upn = (key: string): string => `${key}@regionexempel.se`;

interface IBudgetCase {
  readonly key: string;
  readonly persona: string;
  /** What the web part's renderContent() returns, with these services. */
  readonly element: (services: ITryggServices) => React.ReactElement;
  /** Throws until the view's data is on screen (as tests/e2e/webPartExpectations.ts expects it). */
  readonly shown: () => void;
  /** Requests allowed; more than BUDGET only where the view cannot get there without a redesign. */
  readonly expected?: number;
  /** Columns only an opened item shows: no request before the first render selects them. */
  readonly withheld?: readonly string[];
}

function present(selector: string): void {
  if (!document.querySelector(selector)) throw new Error(`Nothing matches ${selector} yet`);
}

const CASES: readonly IBudgetCase[] = [
  {
    key: 'securityOverview',
    persona: 'anna.svensson',
    element: (services) => <SecurityOverview services={services} links={sitePageLinks(emulator.siteUrl)} title="" />,
    shown: () => {
      screen.getByText('Du har inget att göra i säkerhetsarbetet just nu.');
      screen.getByRole('heading', { level: 3, name: 'Din enhet: Akutmottagningen' });
      present('[data-unit-goal]');
    }
  },
  {
    key: 'deviationReport',
    persona: 'anna.svensson',
    element: (services) => <DeviationReport services={services} host="sharepoint" title="" userKey={upn('anna.svensson')} />,
    shown: () => {
      screen.getByRole('textbox', { name: 'Vad hände?' });
    }
  },
  {
    key: 'deviationInbox',
    persona: 'lars.holm',
    element: (services) => <DeviationInbox services={services} title="" />,
    withheld: ['Description', 'History', 'MtoCauses', 'Feedback', 'ImmediateActions'],
    shown: () => present('[data-case-id]')
  },
  {
    key: 'deviationStatistics',
    persona: 'lars.holm',
    element: (services) => <DeviationStatistics services={services} statistics={services.statistics} title="" />,
    shown: () => present('[data-tile]')
  },
  {
    // The security function counts the cases themselves (live figures), not the compiled ones.
    key: 'deviationStatistics (live)',
    persona: 'peter.sjoberg',
    element: (services) => <DeviationStatistics services={services} statistics={services.statistics} title="" />,
    shown: () => present('[data-tile]')
  },
  {
    key: 'riskRegister',
    persona: 'lars.holm',
    element: (services) => <RiskRegister services={services} title="" />,
    // The user's rights first (no employee request reaches the risk lists), then the matrix and the first page in one $batch.
    shown: () => {
      screen.getByRole('tab', { name: 'Värmekarta' });
      present('[data-risk-table], [data-shown-count="0"]');
    }
  },
  {
    key: 'governanceDocuments',
    persona: 'helena.ask',
    element: (services) => <GovernanceDocuments services={services} title="" />,
    // Her department (which units' reading lists are hers) rides in the same $batch as her queues.
    expected: 2,
    shown: () => {
      screen.getByRole('tab', { name: /^Mitt granskningsansvar/ });
      present('[data-tree-depth="0"], [data-empty="tree"]');
    }
  },
  {
    // His approval queue (the drafts' ids first, then a page of them) and his reading list (audiences
    // first, then the documents that ask him) share the two requests: the second phases go together.
    key: 'governanceDocuments (security function)',
    persona: 'peter.sjoberg',
    element: (services) => <GovernanceDocuments services={services} title="" />,
    shown: () => {
      screen.getByRole('tab', { name: /^Att fastställa.*\d/ });
      present('[data-tree-depth="0"], [data-empty="tree"]');
    }
  },
  {
    key: 'securityGoals',
    persona: 'lars.holm',
    element: (services) => <SecurityGoals services={services} title="" />,
    // The year's goals and their measurements (each carries its goal's year) in one $batch.
    shown: () => {
      screen.getByRole('button', { name: 'Nytt mål' });
      present('[data-goal] [data-light]');
    }
  },
  {
    key: 'securityFollowUp',
    persona: 'lars.holm',
    element: (services) => <SecurityFollowUp services={services} title="" />,
    shown: () => {
      screen.getByRole('tab', { name: 'Egenkontroll' });
      present('[data-exercise], [data-empty="exercises"]');
      present('[data-due-unit], [data-empty="due"]');
    }
  },
  {
    key: 'pdsaDashboard',
    persona: 'peter.sjoberg',
    element: (services) => <PdsaDashboard services={services} title="" />,
    shown: () => present('[data-pdsa-matrix] tbody tr')
  },
  {
    // The main view before the year is gathered: the year and the scope to choose.
    key: 'annualReport',
    persona: 'peter.sjoberg',
    element: (services) => <AnnualReport services={services} title="" />,
    shown: () => present('[data-trygg="annual-report-scope"]')
  },
  {
    // The year gathered: the seven sections' services share the page's $batch (sameTurnBatch.ts).
    key: 'annualReport (the year built)',
    persona: 'peter.sjoberg',
    element: (services) => <AnnualReport services={services} title="" />,
    shown: () => present('[data-trygg="annual-report-preview"] [data-figure]')
  }
];

/**
 * The web part's requests to the emulator, as they are sent: one still on its way when the data shows
 * counts too. Each case's services send their own mark, so that what an earlier case's view still
 * asks for after it closed (the annual follow-up goes on gathering) is not counted against this one.
 */
const sent: { readonly url: string; readonly body: string; readonly mark: string }[] = [];
const MARK = 'X-Trygg-Budget-Case';
let currentMark = '';

function markOf(init: RequestInit | undefined): string {
  return new Headers(init && init.headers).get(MARK) || '';
}
const pending = new Set<Promise<unknown>>();

beforeEach(() => {
  const send = global.fetch;
  jest.spyOn(global, 'fetch').mockImplementation((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.indexOf(new URL(emulator.siteUrl).origin) === 0) sent.push({ url, body: typeof init?.body === 'string' ? init.body : '', mark: markOf(init) });
    const answer = send(input, init);
    pending.add(answer);
    answer.then(
      () => pending.delete(answer),
      () => pending.delete(answer)
    );
    return answer;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
});

/** Until what was still on its way when the view closed has been answered. */
async function answered(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled(Array.from(pending));
}

/**
 * Data requests sent so far. The form digest a `$batch` needs is not one: in SharePoint PnPjs takes
 * it from the page; outside it asks once per process, whichever view happens to be first.
 */
function dataRequests(): number {
  return ofThisCase().filter((request) => !/\/_api\/contextinfo$/i.test(request.url)).length;
}

/** This case's requests; one without a mark (a client that does not send the services' headers) counts too. */
function ofThisCase(): typeof sent {
  return sent.filter((request) => request.mark === currentMark || request.mark === '');
}

/** A request as SharePoint reads it: a `$batch` part's $select is in the body. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

async function requestsUntilShown(shown: () => void): Promise<number> {
  let count: number | undefined;
  await waitFor(() => {
    shown();
    if (count === undefined) count = dataRequests();
  });
  return count as number;
}

describe('Requests before the first render with data', () => {
  it.each(CASES.map((budgetCase) => [budgetCase.key, budgetCase] as const))('%s', async (_key, budgetCase) => {
    const services = createTryggServices({
      siteUrl: emulator.siteUrl,
      graphBaseUrl: emulator.graphBaseUrl,
      headers: { 'X-Trygg-User': upn(budgetCase.persona), [MARK]: budgetCase.key },
      now: () => NOW
    });
    emulator.requests.reset();
    sent.length = 0;
    currentMark = budgetCase.key;
    const { unmount } = render(<TryggRoot siteSetup={services.siteSetup}>{budgetCase.element(services)}</TryggRoot>);
    const count = await requestsUntilShown(budgetCase.shown);
    // Closed at once: what the view goes on to load after its first data is neither counted nor rendered.
    unmount();
    await answered();
    const selected = ofThisCase().map((request) => decoded(`${request.url}\n${request.body}`)).join('\n');
    for (const column of budgetCase.withheld || []) expect(selected).not.toMatch(new RegExp(`[=,]${column}[,&\\s]`));
    // Each one sent is one the emulator answered (its log is what the benchmark counts).
    expect(emulator.requests.count()).toBeGreaterThanOrEqual(count);
    // Every view asks who the user is: none is counted as free.
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(budgetCase.expected === undefined ? BUDGET : budgetCase.expected);
  });
});
