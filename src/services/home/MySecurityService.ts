import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { IHomeGoal, myWork } from '../../domain/home/myWork';
import { homeUnit, myAudienceUnitIds, unitGoals, unitPdsa } from '../../domain/home/homeUnit';
import { ICurrentUserService } from '../currentUser/ICurrentUserService';
import { toDocument } from '../documents/GoverningDocumentRepository';
import { toReadConfirmation } from '../documents/ReadConfirmationRepository';
import { readNumber } from '../lists/listAccess';
import { toGoal } from '../pdsa/GoalRepository';
import { toMeasurement } from '../pdsa/MeasurementRepository';
import { IMySecurity, IMySecurityService } from './IMySecurityService';
import { queueHomeReads } from './homeReads';
import { toActions, toCases, toEvidenceSources, toRisk, toUnit } from './homeRows';
import { MAX_BATCH_PARTS } from '../lists/largeListQuery';

export interface IMySecurityDependencies {
  readonly sp: SPFI;
  readonly currentUser: ICurrentUserService;
  readonly now: () => Date;
}


/**
 * "Min säkerhet" in two requests: who I am (the services' shared batch, which every web part asks
 * first), then one `$batch` with every read (homeReads.ts). The rules are the domain's (domain/home).
 */
export class MySecurityService implements IMySecurityService {
  constructor(private readonly _deps: IMySecurityDependencies) {}

  public async load(): Promise<IMySecurity> {
    const me = await this._deps.currentUser.get();
    const now = this._deps.now();
    const year = now.getUTCFullYear();
    // Managers and the security function lead or follow up a unit: its PDSA evidence is read too.
    const leads = me.roles.manager || me.roles.securityFunction;
    const [batched, execute] = this._deps.sp.batched({ maxRequests: MAX_BATCH_PARTS });
    const reads = queueHomeReads(batched, { sp: this._deps.sp, meId: me.id, year, now, leads });
    const evidence = reads.evidence;
    const all = Promise.all([
      Promise.all([reads.department, reads.units, Promise.all(reads.myCases), Promise.all(reads.myCaseActions), reads.myRiskActions, reads.risks]),
      Promise.all([reads.documents, reads.myConfirmations, reads.goals, reads.measurements]),
      evidence
        ? Promise.all([evidence.exercises, evidence.selfAssessments, evidence.riskActions, Promise.all(evidence.cases), Promise.all(evidence.caseActions)])
        : undefined
    ]);
    // Observed now, so that a failed part is not reported unhandled while the batch still runs.
    all.catch(() => undefined);
    await execute();
    const [[department, unitItems, caseItems, caseActionItems, riskActionItems, riskItems], [documentItems, confirmationItems, goalItems, measurementItems], evidenceItems] =
      await all;

    const units = unitItems.map(toUnit);
    const cases = toCases(caseItems);
    const documents = documentItems.map((item) => ({ ...toDocument(item), ownerId: readNumber(item, 'DocumentOwnerId') }));
    const goals: IHomeGoal[] = goalItems.map(toGoal);
    const measurements = measurementItems.map(toMeasurement);
    const person = { id: me.id, displayName: me.displayName, email: me.email };
    const sections = myWork(
      {
        me: person,
        units,
        myUnitIds: myAudienceUnitIds(units, department),
        cases,
        actions: toActions(caseActionItems, riskActionItems, cases),
        risks: riskItems.map(toRisk),
        documents,
        myConfirmations: confirmationItems.map(toReadConfirmation),
        goals,
        measurements
      },
      now
    );
    const unit = homeUnit(units, person, department);
    let pdsa;
    if (unit && evidenceItems) {
      const [exercises, selfAssessments, riskActions, yearCases, yearCaseActions] = evidenceItems;
      const unitDocuments = documents.filter((document) => document.scopeUnitId !== undefined).map((document) => ({ ...document, scopeUnitId: document.scopeUnitId as number }));
      const sources = toEvidenceSources(
        { exercises, selfAssessments, riskActions, cases: yearCases, caseActions: yearCaseActions, risks: riskItems },
        { goals, measurements, documents: unitDocuments }
      );
      pdsa = unitPdsa(units, sources, unit.id, year, now);
    }
    return { me, year, sections, unit, unitGoals: unit ? unitGoals(goals, measurements, unit.id, year, now) : [], pdsa, truncated: reads.truncated.slice() };
  }
}
