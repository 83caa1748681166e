import { IPerson } from '../../domain/organisation';
import { IDeviation } from '../../domain/deviations/types';
import { IRiskDecision, IRiskPage, IRiskPlacement, IRiskQuery, IRiskValues } from '../../domain/risks/repositories';
import { IScanningEntry } from '../../domain/risks/scanning';
import { SecurityArea } from '../../domain/securityAreas';
import { IRisk, IRiskAction, IRiskDraft, IRiskMatrix } from '../../domain/risks/types';
import { ActionStatus } from '../../domain/deviations/vocabulary';
import { RiskStatus } from '../../domain/risks/vocabulary';
import { RiskTransitionBlocker } from '../../domain/risks/riskStatus';
import { IAcceptanceDecision } from '../../domain/risks/acceptance';

/** A risk as its page shows it: the risk, its actions and its acceptance requests and decisions. */
export interface IRiskDetail {
  readonly risk: IRisk;
  readonly actions: IRiskAction[];
  /** Newest first. */
  readonly decisions: IRiskDecision[];
  /** The matrix the risk was assessed with (may be older than the current one). */
  readonly assessedWith: IRiskMatrix;
}

/** A save's outcome: saved, invalid with an error key per field, or a conflict with both versions. */
export type RiskSaveResult =
  | { readonly kind: 'saved'; readonly risk: IRisk }
  | { readonly kind: 'invalid'; readonly errors: Readonly<Record<string, string>> }
  | { readonly kind: 'conflict'; readonly mine: IRiskDraft; readonly theirs: IRisk };

/** A link's outcome: saved, no such risk to see, or not the signed-in user's to change. */
export type RiskLinkResult = { readonly kind: 'saved'; readonly risk: IRisk } | { readonly kind: 'notFound' } | { readonly kind: 'notPermitted' };

/** An acceptance request or decision: recorded, or refused with the domain's reasons. */
export type RiskDecisionResult =
  | { readonly kind: 'saved'; readonly risk: IRisk }
  /** `blockers`: the reasons (acceptance.ts's keys); `fields`: a decision's field errors by field. */
  | { readonly kind: 'blocked'; readonly blockers: readonly string[]; readonly fields: Readonly<Record<string, string>> };

/** What the risk register web part does; managers and the security function only. */
export interface IRiskRegisterService {
  /** The current matrix (the default 4×4 preset as version 1 until the security function stores one). */
  matrix(): Promise<IRiskMatrix>;
  /** Every version, oldest first. */
  matrices(): Promise<IRiskMatrix[]>;
  /** Whether the signed-in user may use the register at all (a manager or the security function). */
  mayUse(): Promise<boolean>;
  /** The register's first page for a query; the page says how to read the next. */
  query(query: IRiskQuery): Promise<IRiskPage>;
  /** Where every matching risk sits on the matrix (the heat map), however many match. */
  placements(query: IRiskQuery): Promise<IRiskPlacement[]>;
  /** A risk with its actions and decisions, read in one $batch; undefined when it does not exist (or is not theirs to see). */
  get(id: number): Promise<IRiskDetail | undefined>;
  /**
   * Adds a risk (`existing` undefined; `clientRequestId` makes a retry find the first attempt) or
   * saves changes to one, guarded by its ETag. The current assessment's score and level are
   * written with it; the matrix version is the current one.
   */
  save(draft: IRiskDraft, clientRequestId: string, existing?: IRisk): Promise<RiskSaveResult>;
  /** Moves a risk on (Utkast → Bedömd …); every reason it may not is returned at once. */
  transition(risk: IRisk, to: RiskStatus): Promise<{ kind: 'saved'; risk: IRisk } | { kind: 'blocked'; blockers: RiskTransitionBlocker[] } | { kind: 'conflict'; theirs: IRisk }>;
  /** The risk owner asks for acceptance; the Trygg function records it (TryggRiskbeslut is the function's to write). */
  requestAcceptance(risk: IRisk, note?: string): Promise<RiskDecisionResult>;
  /** A decision by someone else with the right role, recorded by the Trygg function after it checks that rule. */
  decideAcceptance(risk: IRisk, decision: IAcceptanceDecision): Promise<RiskDecisionResult>;
  /**
   * A deviation raises a new risk (source Avvikelse, the case linked) on the case's unit and area,
   * owned by the handler; `clientRequestId` makes a retry find the first attempt.
   */
  raiseFromCase(deviation: Pick<IDeviation, 'caseNumber' | 'title' | 'unit' | 'area'>, title: string, clientRequestId: string): Promise<RiskSaveResult>;
  /** Links a case to an existing risk by its number; `notFound` when there is no such risk to see. */
  linkCase(riskNumber: string, caseNumber: string): Promise<RiskLinkResult>;
  /** An omvärldsbevakning entry raises a new risk (source Omvärldsbevakning, the entry linked), owned by the signed-in manager. */
  raiseFromScanning(entry: IScanningEntry, input: { title: string; area: SecurityArea; unitId: number }, clientRequestId: string): Promise<RiskSaveResult>;
  /**
   * Changes a risk's links on the risk as stored now (`patch` answers what to write, or undefined
   * when nothing changes); only someone who may edit the risk.
   */
  link(riskNumber: string, patch: (risk: IRisk) => Partial<IRiskValues> | undefined): Promise<RiskLinkResult>;
  addAction(risk: IRisk, action: { title: string; owner: IPerson; dueDate: string; costEstimate?: number }): Promise<IRiskAction>;
  setActionStatus(action: IRiskAction, status: ActionStatus, effectCheck?: string): Promise<IRiskAction>;
  /** Stores a new matrix version (the security function only); the answer is the version stored. */
  saveMatrix(matrix: IRiskMatrix): Promise<IRiskMatrix>;
}
