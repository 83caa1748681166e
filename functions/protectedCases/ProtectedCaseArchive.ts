/**
 * The yearly archive of protected cases (src/domain/deviations/archive.ts): every protected case and
 * action holds a unique permission scope, so cases closed more than a year ago move to the lists of
 * the year they were closed in (src/schema/archiveLists.ts), created on first use from the protected
 * lists' definitions. Per case: ensure the year's lists, copy the case (its fields as they are:
 * number, reporter, handler, dates, history), give the copy the case's own permissions, the same for
 * each action, verify every copy against its original, and only then recycle the originals, actions
 * first. Every copy is keyed by its original's id, so a run that stops anywhere is finished by the
 * next and nothing is copied twice. Run by the security function (POST archive) and the morning job.
 */
import { archiveCutoff, archiveTarget } from '../../src/domain/deviations/archive';
import { DEVIATION_STATUSES } from '../../src/domain/deviations/vocabulary';
import { isOpen } from '../../src/domain/deviations/workflow';
import { IArchiveLists, protectedArchiveLists } from '../../src/schema/archiveLists';
import { protectedActionsList, protectedDeviationsList, unitsList } from '../../src/schema/lists';
import { toDeviation } from '../../src/services/deviations/DeviationRepository';
import { ListItem } from '../../src/services/lists/listAccess';
import { allOf, anyOf, odataDateTime, odataNumber, odataString } from '../../src/services/odata';
import { provisionLists } from '../../src/services/provisioning/provisionLists';
import { memoizePromiseByKey } from '../../src/common/memoizePromise';
import { ArchiveItems } from './ProtectedCaseArchiveItems';
import { IFunctionContext } from './functionContext';
import { Attempt } from './RiskReminders';

const CLOSED_STATUSES = DEVIATION_STATUSES.filter((status) => !isOpen(status));

export interface IProtectedCaseArchiveSummary {
  /** Cases moved this run, with their actions. */
  readonly archived: number;
  /** Cases due that could not be moved this run (logged; the next run finishes them). */
  readonly failed: number;
  /** The years whose archive lists received cases. */
  readonly years: readonly number[];
}

export class ProtectedCaseArchive {
  private readonly _items: ArchiveItems;

  constructor(private readonly _context: IFunctionContext) {
    this._items = new ArchiveItems(_context.sp);
  }

  /** Moves every case due now; `attempt` keeps one case's failure from stopping the others. */
  public async run(attempt: Attempt = this._attempt()): Promise<IProtectedCaseArchiveSummary> {
    const now = this._context.now();
    // The indexed columns find the candidates; the domain's rule decides.
    const candidates = await this._items.find(
      protectedDeviationsList,
      allOf(anyOf('Status', CLOSED_STATUSES.map(odataString)), `ClosedAt lt ${odataDateTime(archiveCutoff(now))}`)
    );
    // The year's lists are made (or checked) once a run, however many of its cases are due.
    const listsOf = memoizePromiseByKey((year: string) => this._ensureLists(Number(year)));
    const years = new Set<number>();
    let archived = 0;
    let failed = 0;
    for (const item of candidates) {
      const year = archiveTarget(toDeviation(item, 'protected'), now);
      if (year === undefined) continue;
      const moved = await attempt(async () => {
        await this._move(item, await listsOf(String(year)));
        return true;
      });
      if (moved) {
        archived += 1;
        years.add(year);
      } else failed += 1;
    }
    return { archived, failed, years: Array.from(years).sort((a, b) => a - b) };
  }

  private async _move(item: ListItem, lists: IArchiveLists): Promise<void> {
    const caseCopy = await this._items.ensureCopy(protectedDeviationsList, item, lists.cases);
    await this._items.copyGrants(protectedDeviationsList.title, item.Id, lists.cases.title, caseCopy.Id);
    const actions = await this._items.find(protectedActionsList, `DeviationId eq ${odataNumber(item.Id)}`);
    const inArchive = { Deviation: caseCopy.Id };
    for (const action of actions) {
      const actionCopy = await this._items.ensureCopy(protectedActionsList, action, lists.actions, inArchive);
      await this._items.copyGrants(protectedActionsList.title, action.Id, lists.actions.title, actionCopy.Id);
    }
    // Nothing goes before everything stands in the archive as it stood in the live lists.
    const differences = (await this._items.differences(protectedDeviationsList, item, lists.cases)).map((d) => `case: ${d}`);
    for (const action of actions) {
      differences.push(...(await this._items.differences(protectedActionsList, action, lists.actions, inArchive)).map((d) => `action ${action.Id}: ${d}`));
    }
    if (differences.length > 0) throw new Error(`Protected case ${item.Id} was not archived; its copy differs (${differences.join('; ')})`);
    for (const action of actions) await this._items.recycle(protectedActionsList.title, action.Id);
    await this._items.recycle(protectedDeviationsList.title, item.Id);
  }

  /** The year's lists as the schema declares them; the units list comes first as the target of their lookups. */
  private async _ensureLists(year: number): Promise<IArchiveLists> {
    const lists = protectedArchiveLists(year);
    await provisionLists(this._context.sp, [unitsList, lists.cases, lists.actions]);
    return lists;
  }

  private _attempt(): Attempt {
    return async (step) => {
      try {
        return await step();
      } catch (error) {
        this._context.log.warn('Trygg archive: a protected case could not be archived; the next run finishes it', error);
        return false;
      }
    };
  }
}
