/**
 * The yearly archive of protected cases (issue #15) against the emulator: closed cases older than a
 * year move, with their actions and their own permissions, to the lists of the year they were closed
 * in; younger and open ones stay; a run that stopped after copying is finished without duplicates;
 * a second run does nothing; only the security function may ask for it.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { APP_HEADER, IRunningEmulator } from '../../../tools/emulator';
import { PROTECTED_CASES_APP } from '../../../tools/emulator/seed/protectedCases';
import { PROTECTED_CASES_MAILBOX, workbenchLinks } from '../../../tools/emulator/functions/protectedCases';
import { ScheduledJob } from '../../../functions/protectedCases/ScheduledJob';
import { archivedCaseNumber, archiveTarget, archiveYear } from '../../../src/domain/deviations/archive';
import { IDeviation } from '../../../src/domain/deviations/types';
import { monthKey, monthsBack, monthsBetween } from '../../../src/domain/deviations/months';
import { protectedArchiveLists } from '../../../src/schema/archiveLists';
import { protectedActionsList, protectedDeviationsList } from '../../../src/schema/lists';
import { createGraph, createSp, LOCAL_PROTECTED_CASES_PATH } from '../../../src/services/createTryggServices';
import { toDeviation } from '../../../src/services/deviations/DeviationRepository';
import { ListAccess, ListItem, readAllPages } from '../../../src/services/lists/listAccess';
import { servicesAs, startRegion, upn } from '../services/servicesHelpers';

const YEAR_MS = 365 * 24 * 3600 * 1000;

function spAs(emulator: IRunningEmulator, key: string): SPFI {
  return spfi().using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Trygg-User': upn(key) }));
}

async function archive(emulator: IRunningEmulator, key: string): Promise<{ status: number; body: { archive?: { archived: number; failed: number; years: number[] } } }> {
  const response = await fetch(`${emulator.url}${LOCAL_PROTECTED_CASES_PATH}/archive`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Trygg-User': upn(key) },
    body: '{}'
  });
  return { status: response.status, body: await response.json() };
}

async function canRead(emulator: IRunningEmulator, key: string, listTitle: string, id: number): Promise<boolean> {
  try {
    await spAs(emulator, key).web.lists.getByTitle(listTitle).items.getById(id).select('Id')();
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

describe('the yearly archive of protected cases', () => {
  let emulator: IRunningEmulator;
  let app: SPFI;

  beforeAll(async () => {
    emulator = await startRegion();
    app = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { [APP_HEADER]: PROTECTED_CASES_APP.clientId } });
  });

  afterAll(() => emulator.close());

  async function items(listTitle: string, filter?: string): Promise<ListItem[]> {
    const list = app.web.lists.getByTitle(listTitle);
    const query = list.items.select('*').top(500);
    return readAllPages<ListItem>(filter ? query.filter(filter) : query);
  }

  async function liveCases(): Promise<IDeviation[]> {
    const access = new ListAccess(app, protectedDeviationsList);
    const found = await readAllPages<ListItem>(access.list.items.select(...access.select).expand(...access.expand).top(500));
    return found.map((item) => toDeviation(item, 'protected'));
  }

  /** Who holds the item and with what, by login (Limited Access is SharePoint's bookkeeping). */
  async function grants(listTitle: string, id: number): Promise<string[]> {
    const assignments: { Member: { LoginName: string }; RoleDefinitionBindings: { Name: string; RoleTypeKind: number }[] }[] = await app.web.lists
      .getByTitle(listTitle)
      .items.getById(id)
      .roleAssignments.expand('Member', 'RoleDefinitionBindings')();
    return assignments
      .flatMap((assignment) => assignment.RoleDefinitionBindings.filter((role) => role.RoleTypeKind !== 1).map((role) => `${assignment.Member.LoginName}: ${role.Name}`))
      .sort();
  }

  it('refuses an employee and a manager, and moves nothing', async () => {
    for (const key of ['anna.svensson', 'lars.holm']) {
      const refused = await archive(emulator, key);
      expect(refused.status).toBe(403);
      expect(refused.body.archive).toBeUndefined();
    }
    expect((await app.web.lists.select('Title')()).some((list: { Title: string }) => /^TryggSkyddade\w+\d{4}$/.test(list.Title))).toBe(false);
  });

  it('moves closed cases older than a year with their actions and permissions, finishes an interrupted run, and does nothing the second time', async () => {
    // A case with actions, as if reported and closed two years ago (set by the security function).
    const allActions = await items(protectedActionsList.title);
    const candidate = (await liveCases()).filter((d) => d.status !== 'Avslutad' && d.status !== 'Avvisad' && allActions.some((a) => a.DeviationId === d.id))[0];
    const closedAt = new Date(Date.now() - 2 * YEAR_MS).toISOString();
    const reportedAt = new Date(Date.now() - 2 * YEAR_MS - 30 * 24 * 3600 * 1000).toISOString();
    await spAs(emulator, 'peter.sjoberg')
      .web.lists.getByTitle(protectedDeviationsList.title)
      .items.getById(candidate.id)
      .update({ Status: 'Avslutad', ClosedAt: closedAt, ReportedAt: reportedAt, OccurredAt: reportedAt });

    const now = new Date();
    const before = await liveCases();
    const withActions = before.filter((d) => d.id === candidate.id)[0];
    const due = before.filter((d) => archiveTarget(d, now) !== undefined);
    const staying = before.filter((d) => archiveTarget(d, now) === undefined);
    expect(due.map((d) => d.id)).toContain(withActions.id);
    expect(staying.some((d) => d.status === 'Avslutad' || d.status === 'Avvisad')).toBe(true);
    expect(staying.some((d) => d.status !== 'Avslutad' && d.status !== 'Avvisad')).toBe(true);
    const snapshot = new Map<number, { grants: string[]; actions: { item: ListItem; grants: string[] }[] }>();
    for (const deviation of due) {
      const actions = allActions.filter((a) => a.DeviationId === deviation.id);
      snapshot.set(deviation.id, {
        grants: await grants(protectedDeviationsList.title, deviation.id),
        actions: await Promise.all(actions.map(async (item) => ({ item, grants: await grants(protectedActionsList.title, item.Id) })))
      });
    }
    expect(snapshot.get(withActions.id)!.actions.length).toBeGreaterThan(0);
    // Its own permissions: the reporter reads, the handler edits, besides the list's groups.
    expect(snapshot.get(withActions.id)!.grants).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`${withActions.reporter!.email}: Read$`, 'i')), expect.stringMatching(new RegExp(`${withActions.handler!.email}: Contribute$`, 'i'))])
    );

    // What the security function's statistics count, before and after.
    const current = monthKey(now.toISOString());
    const months = monthsBetween(monthsBack(current, 36), current);
    const protectedFacts = async (): Promise<{ cases: string[]; actions: string[] }> => {
      const data = await servicesAs(emulator, 'peter.sjoberg').statistics.load(months);
      if (data.source !== 'live') throw new Error('The security function counts live cases');
      return {
        cases: data.cases.filter((fact) => fact.store === 'protected').map((fact) => `${fact.id} ${fact.status} ${fact.reportedAt} ${fact.closedAt}`).sort(),
        actions: data.actions.filter((fact) => fact.store === 'protected').map((fact) => `${fact.deviationId} ${fact.status} ${fact.dueDate}`).sort()
      };
    };
    const countedBefore = await protectedFacts();
    expect(countedBefore.cases.some((fact) => fact.startsWith(`${withActions.id} `))).toBe(true);

    // Interrupted: one case's copy stops before its actions, and no original can be removed this time.
    const halfWay = emulator.faults.add({ method: 'POST', status: 400, path: `${protectedArchiveLists(archiveYear(closedAt)).actions.title}')/items`, count: 1 });
    const stop = emulator.faults.add({ percent: 100, status: 400, path: '/recycle' });
    const interrupted = await archive(emulator, 'peter.sjoberg');
    emulator.faults.remove(stop.id);
    expect(halfWay.fired).toBe(1);
    expect(interrupted.status).toBe(200);
    expect(interrupted.body.archive).toMatchObject({ archived: 0, failed: due.length });
    expect((await liveCases()).length).toBe(before.length);
    const yearsDue = Array.from(new Set(due.map((d) => archiveYear(d.closedAt!))));
    const copiedSoFar = await Promise.all(yearsDue.map((year) => items(protectedArchiveLists(year).cases.title)));
    expect(copiedSoFar.reduce((sum, copies) => sum + copies.length, 0)).toBe(due.length);
    // The case stands in its archive without its actions yet (and, inheriting the list's, readable by no one new).
    const halfCopied = (await items(protectedArchiveLists(archiveYear(closedAt)).actions.title)).filter((a) => snapshot.get(withActions.id)!.actions.some((o) => o.item.Id === a.OriginalId));
    expect(halfCopied.length).toBeLessThan(snapshot.get(withActions.id)!.actions.length);

    const finished = await archive(emulator, 'peter.sjoberg');
    expect(finished.body.archive).toMatchObject({ archived: due.length, failed: 0 });
    const years = Array.from(new Set(due.map((d) => archiveYear(d.closedAt!)))).sort();
    expect(finished.body.archive!.years).toEqual(years);

    // The live list keeps the younger and the open cases only.
    expect((await liveCases()).map((d) => d.id).sort()).toEqual(staying.map((d) => d.id).sort());

    // The statistics count the archived cases and actions as before, each once.
    expect(await protectedFacts()).toEqual(countedBefore);

    // Each year's lists hold each case once, with its fields, number, actions and permissions.
    let archivedCases = 0;
    for (const year of years) {
      const lists = protectedArchiveLists(year);
      const copies = await items(lists.cases.title);
      archivedCases += copies.length;
      expect(new Set(copies.map((copy) => copy.OriginalId)).size).toBe(copies.length);
      const archivedActions = await items(lists.actions.title);
      expect(new Set(archivedActions.map((a) => a.OriginalId)).size).toBe(archivedActions.length);
      for (const copy of copies) {
        const original = due.filter((d) => d.id === copy.OriginalId)[0];
        expect(archiveYear(original.closedAt!)).toBe(year);
        expect(copy).toMatchObject({ Title: 'Skyddat ärende', Headline: original.title, Status: original.status, ReporterId: original.reporter!.id, HandlerId: original.handler!.id });
        expect(JSON.parse(copy.History as string)).toEqual(original.history);
        expect(archivedCaseNumber(copy.OriginalId as number, copy.ReportedAt as string)).toBe(original.caseNumber);
        const expected = snapshot.get(original.id)!;
        expect(await grants(lists.cases.title, copy.Id)).toEqual(expected.grants);
        const itsActions = archivedActions.filter((a) => a.DeviationId === copy.Id);
        expect(itsActions.map((a) => a.OriginalId).sort()).toEqual(expected.actions.map((a) => a.item.Id).sort());
        for (const action of expected.actions) {
          const actionCopy = itsActions.filter((a) => a.OriginalId === action.item.Id)[0];
          expect(actionCopy).toMatchObject({ Title: action.item.Title, ActionOwnerId: action.item.ActionOwnerId, ActionStatus: action.item.ActionStatus, DueDate: action.item.DueDate });
          expect(await grants(lists.actions.title, actionCopy.Id)).toEqual(action.grants);
        }
        expect((await items(protectedActionsList.title, `DeviationId eq ${original.id}`)).length).toBe(0);
      }
    }
    expect(archivedCases).toBe(due.length);

    // SharePoint shows the archived case to whom it showed the live one.
    const moved = (await items(protectedArchiveLists(archiveYear(closedAt)).cases.title, `OriginalId eq ${withActions.id}`))[0];
    const casesTitle = protectedArchiveLists(archiveYear(closedAt)).cases.title;
    const reporter = withActions.reporter!.email.split('@')[0];
    const handler = withActions.handler!.email.split('@')[0];
    expect(await canRead(emulator, reporter, casesTitle, moved.Id)).toBe(true);
    expect(await canRead(emulator, handler, casesTitle, moved.Id)).toBe(true);
    expect(await canRead(emulator, 'peter.sjoberg', casesTitle, moved.Id)).toBe(true);
    const outsider = ['sara.lind', 'johan.falk', 'maria.berg'].filter((key) => key !== reporter && key !== handler)[0];
    expect(await canRead(emulator, outsider, casesTitle, moved.Id)).toBe(false);

    // The security function still finds it by its number, with its actions; someone it is not shared with does not.
    const found = await servicesAs(emulator, 'peter.sjoberg').handling.get(withActions.caseNumber);
    expect(found && found.deviation.caseNumber).toBe(withActions.caseNumber);
    expect(found && found.actions.length).toBe(snapshot.get(withActions.id)!.actions.length);
    expect(await servicesAs(emulator, outsider).handling.get(withActions.caseNumber)).toBeUndefined();

    // The morning job, archiving as in Azure: nothing left to move.
    const job = new ScheduledJob(
      {
        sp: app,
        graph: createGraph({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { [APP_HEADER]: PROTECTED_CASES_APP.clientId } }),
        mailbox: PROTECTED_CASES_MAILBOX,
        links: workbenchLinks(emulator.url)
      },
      { archiveProtectedCases: true }
    );
    expect((await job.run()).archive).toEqual({ archived: 0, failed: 0, years: [] });
    expect((await liveCases()).length).toBe(staying.length);
  });
});
