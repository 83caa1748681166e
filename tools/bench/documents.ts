/**
 * Governing documents at scale (issue #16): each view of the governanceDocuments web part at `count`
 * documents through the product's service, as the security function and as a document owner, against
 * the naive read of every document with every column, filtered in the client by the same rules.
 * A query SharePoint refuses over the list view threshold is reported as such, not timed.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startEmulator } from '../emulator';
import { buildRegionOrganisation, REFERENCE_TIME } from '../emulator/seed/regionExempel';
import { documentRegionSeed } from '../emulator/seed/documentRegion';
import { createSp, createTryggServices } from '../../src/services/createTryggServices';
import { ITryggServices } from '../../src/services/ITryggServices';
import { IGoverningDocument } from '../../src/domain/documents/types';
import { IPerson, unitAncestry } from '../../src/domain/organisation';
import { documentDueness, inOwnerQueue } from '../../src/domain/documents/reviewDates';
import { isAskedToConfirm } from '../../src/domain/documents/readConfirmations';
import { governingDocumentsLibrary } from '../../src/schema/documentLists';
import { ListAccess, ListItem, readAllPages } from '../../src/services/lists/listAccess';
import { isThresholdError } from '../../src/services/lists/largeListQuery';
import { toDocument } from '../../src/services/documents/GoverningDocumentRepository';
import { ratio, table, time } from './measure';

/** Every column, with the library's approval and file columns the service reads too. */
async function readAllDocuments(sp: SPFI): Promise<IGoverningDocument[]> {
  const access = new ListAccess(sp, governingDocumentsLibrary);
  const select = access.select.concat(['Editor/Id', 'Editor/Title', 'Editor/EMail', 'OData__ModerationStatus', 'OData__ModerationComments', 'FileLeafRef', 'FileRef']);
  const items = await readAllPages<ListItem>(access.list.items.select(...select).expand(...access.expand.concat(['Editor'])).top(5000));
  return items.map(toDocument).sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

interface IUserViews {
  readonly services: ITryggServices;
  readonly sp: SPFI;
  readonly views: { name: string; ours: () => Promise<unknown>; naive: (all: IGoverningDocument[]) => unknown }[];
}

export async function benchGoverningDocuments(count: number): Promise<string> {
  const organisation = buildRegionOrganisation();
  const started = Date.now();
  const emulator = await startEmulator({ port: 0, seed: documentRegionSeed(count) });
  const loadedMs = Date.now() - started;
  try {
    const now = new Date(REFERENCE_TIME);
    const as = (key: string): { services: ITryggServices; sp: SPFI } => {
      const options = { siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': `${key}@regionexempel.se` }, now: () => now };
      return { services: createTryggServices(options), sp: createSp(options) };
    };
    const security = as('peter.sjoberg');
    const owner = as('helena.ask');
    const units = await security.services.units.getAll();
    const unit = units.filter((candidate) => candidate.code === 'RE-SJH-AKU')[0];
    const me = await owner.services.currentUser.get();
    const person: IPerson = { id: me.id, displayName: me.displayName, email: me.email };
    const department = organisation.people.filter((candidate) => candidate.key === 'helena.ask')[0].department;
    const home = units.filter((candidate) => candidate.department === department)[0];
    const myUnitIds = home ? unitAncestry(units, home.id).map((candidate) => candidate.id) : [];
    const horizon = now.getTime() + 91 * 24 * 60 * 60 * 1000;
    const users: (IUserViews & { label: string })[] = [
      {
        label: 'security function',
        ...security,
        views: [
          // The register's first page (50, in number order) of each filter; the naive way filters everything, then shows the first 50.
          { name: 'register, no filter', ours: () => security.services.documents.list({}), naive: (all) => all.slice(0, 50) },
          { name: 'register, type Policy', ours: () => security.services.documents.list({ type: 'Policy' }), naive: (all) => all.filter((d) => d.type === 'Policy').slice(0, 50) },
          { name: 'register, type Instruktion', ours: () => security.services.documents.list({ type: 'Instruktion' }), naive: (all) => all.filter((d) => d.type === 'Instruktion').slice(0, 50) },
          { name: 'register, status Utkast', ours: () => security.services.documents.list({ status: 'Utkast' }), naive: (all) => all.filter((d) => d.status === 'Utkast').slice(0, 50) },
          { name: 'register, status Publicerad', ours: () => security.services.documents.list({ status: 'Publicerad' }), naive: (all) => all.filter((d) => d.status === 'Publicerad').slice(0, 50) },
          {
            name: `register, unit ${unit.code} and the regional ones`,
            ours: () => security.services.documents.list({ unitId: unit.id }),
            naive: (all) => all.filter((d) => d.scopeUnitId === unit.id || d.scopeUnitId === undefined).slice(0, 50)
          },
          {
            name: 'register, review or validity ending within 90 days',
            ours: () => security.services.documents.list({ expiringSoon: true }),
            naive: (all) => all.filter((d) => (!!d.validUntil && Date.parse(d.validUntil) < horizon) || (!!d.nextReviewAt && Date.parse(d.nextReviewAt) < horizon)).filter((d) => {
              const dueness = documentDueness(d, now);
              return dueness.reviewDue || dueness.expiresSoon;
            }).slice(0, 50)
          },
          { name: 'register, an area (refined in the client)', ours: () => security.services.documents.list({ area: 'Brandsäkerhet' }), naive: (all) => all.filter((d) => d.areas.indexOf('Brandsäkerhet') >= 0).slice(0, 50) },
          {
            name: "register, words 'brand' (refined in the client)",
            ours: () => security.services.documents.list({ text: 'brand' }),
            naive: (all) => all.filter((d) => `${d.number} ${d.title}`.toLowerCase().indexOf('brand') >= 0).slice(0, 50)
          },
          { name: 'awaiting approval', ours: async () => (await security.services.documents.awaitingApproval()).first(), naive: (all) => all.filter((d) => d.status === 'Utkast' && d.moderation === 'pending') }
        ]
      },
      {
        label: 'document owner',
        ...owner,
        views: [
          { name: 'my review queue', ours: () => owner.services.documents.myQueue(), naive: (all) => all.filter((d) => d.owner.id === me.id && inOwnerQueue(d, now)) },
          {
            name: 'my reading list',
            // What the tab shows: how many, and the first page of them.
            ours: async () => (await owner.services.documents.myReadingList()).first(),
            naive: (all) => all.filter((d) => d.status === 'Publicerad' && isAskedToConfirm(d, person, myUnitIds))
          }
        ]
      }
    ];
    const rows: string[][] = [];
    for (const user of users) {
      // The naive read is the same for each of the user's views: timed once, then each view's filtering on it.
      let all: IGoverningDocument[] = [];
      const read = await time(3, async () => (all = await readAllDocuments(user.sp)));
      for (const view of user.views) {
        const ours = await time(3, view.ours).catch((error: unknown) => {
          if (isThresholdError(error)) return undefined;
          throw error;
        });
        const naiveMs = read.medianMs + (await time(3, async () => view.naive(all.slice()))).medianMs;
        const oursCell = ours ? `${ours.medianMs.toFixed(0)} ms` : '**threshold error**';
        rows.push([user.label, view.name, oursCell, `${naiveMs.toFixed(0)} ms`, ours ? ratio(naiveMs, ours.medianMs) : '–']);
      }
    }
    return [
      `### Governing documents: every view with ${count.toLocaleString('en-US')} documents`,
      '',
      `Seed generated and loaded in ${loadedMs} ms. Median of repeated runs over HTTP, as the security function (peter.sjoberg) and as a document owner (helena.ask). The naive baseline reads every document the user may see with every column and filters and sorts in the client by the same rules (the read timed once per user, each view's filtering on it). A threshold error is SharePoint's HTTP 500 refusal of the product's query.`,
      '',
      table(['as', 'view', 'Trygg (median)', 'naive (median)', 'naive / Trygg'], rows)
    ].join('\n');
  } finally {
    await emulator.close();
  }
}
