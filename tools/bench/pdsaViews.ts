/**
 * Requests for the PDSA dashboard's matrix and the home page, against naive baselines that do what
 * an unplanned client would: one query per unit and list for the matrix, and every list read whole
 * and filtered in the browser for a person's work.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator } from '../emulator';
import { ITryggServices } from '../../src/services/ITryggServices';
import { deviationActionsList, deviationsList, riskActionsList, risksList, unitsList } from '../../src/schema/lists';
import { exercisesList, goalsList, measurementsList, pdsaCommentsList, selfAssessmentsList } from '../../src/schema/pdsaLists';
import { governingDocumentsLibrary, readConfirmationsList } from '../../src/schema/documentLists';
import { ratio } from './measure';

type Clients = (key: string) => { services: ITryggServices; sp: SPFI };

async function readWhole(sp: SPFI, title: string): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  for await (const page of sp.web.lists.getByTitle(title).items.top(1000)) all.push(...page);
  return all;
}

async function countRequests(emulator: IRunningEmulator, work: () => Promise<unknown>): Promise<number> {
  emulator.requests.reset();
  await work();
  // The form digest a $batch needs outside SharePoint comes with the page in SharePoint.
  return emulator.requests.list().filter((request) => !/\/_api\/contextinfo/i.test(request.path)).length;
}

/** The naive matrix: each unit's goals, exercises, self-assessment, risks, cases and comments, a query each. */
async function naiveMatrix(sp: SPFI, year: number): Promise<void> {
  const units = await readWhole(sp, unitsList.title);
  // Measurements name their goal, not a unit: read whole.
  await readWhole(sp, measurementsList.title);
  for (const unit of units) {
    const id = Number(unit.Id);
    const list = (title: string): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle(title).items;
    await list(goalsList.title).filter(`ScopeUnitId eq ${id} and GoalYear eq ${year}`)();
    await list(exercisesList.title).filter(`UnitId eq ${id}`)();
    await list(selfAssessmentsList.title).filter(`UnitId eq ${id}`)();
    await list(risksList.title).filter(`UnitId eq ${id}`)();
    await list(deviationsList.title).filter(`UnitId eq ${id}`)();
    await list(pdsaCommentsList.title).filter(`UnitId eq ${id}`)();
  }
}

/** The naive home page: every list a person's work lives in, read whole. */
async function naiveHome(sp: SPFI): Promise<void> {
  for (const title of [unitsList.title, deviationsList.title, deviationActionsList.title, risksList.title, riskActionsList.title, governingDocumentsLibrary.title, readConfirmationsList.title, goalsList.title, measurementsList.title]) {
    await readWhole(sp, title);
  }
}

export async function pdsaRequestRows(emulator: IRunningEmulator, clients: Clients, year: number): Promise<(string | number)[][]> {
  const matrixOurs = await countRequests(emulator, () => clients('peter.sjoberg').services.pdsa.matrix(year));
  const matrixNaive = await countRequests(emulator, () => naiveMatrix(clients('peter.sjoberg').sp, year));
  const homeOurs = await countRequests(emulator, () => clients('lars.holm').services.mySecurity.load());
  const homeNaive = await countRequests(emulator, async () => {
    const { services, sp } = clients('lars.holm');
    await services.currentUser.get();
    await naiveHome(sp);
  });
  return [
    [`PGSA-status, all units (peter.sjoberg, ${year})`, matrixOurs, matrixNaive, ratio(matrixNaive, matrixOurs)],
    ['Min säkerhet (lars.holm)', homeOurs, homeNaive, ratio(homeNaive, homeOurs)]
  ];
}
