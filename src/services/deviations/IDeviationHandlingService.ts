import { IDeviation, IDeviationAction, IDeviationRow, IMtoCause } from '../../domain/deviations/types';
import { IDeviationQuery } from '../../domain/deviations/repositories';
import { TransitionBlocker } from '../../domain/deviations/workflow';
import {
  ActionStatus,
  ConsequenceLevel,
  DeviationStatus,
  DeviationType,
  MsbIncidentCategory
} from '../../domain/deviations/vocabulary';
import { SecurityArea } from '../../domain/securityAreas';
import { IPerson } from '../../domain/organisation';

export interface IClassification {
  readonly type?: DeviationType;
  readonly area?: SecurityArea;
  readonly actualConsequence?: ConsequenceLevel;
  readonly potentialConsequence?: ConsequenceLevel;
  readonly msbCategory?: MsbIncidentCategory;
}

export type HandlingResult =
  | { readonly kind: 'saved'; readonly deviation: IDeviation }
  | { readonly kind: 'blocked'; readonly blockers: readonly TransitionBlocker[] }
  /**
   * Someone else saved first: `mine` is the version the user started from (what they meant to
   * change is the caller's), `theirs` what is stored now. Nothing was written.
   */
  | { readonly kind: 'conflict'; readonly mine: IDeviation; readonly theirs: IDeviation };

/** The manager's side: inbox, classification, MTO, actions, feedback, approval, reassignment. */
export interface IDeviationHandlingService {
  /** Cases assigned to me, to units I manage or substitute for; the security function sees all. */
  inbox(filter?: Omit<IDeviationQuery, 'handlerIds' | 'unitIds'>): Promise<IDeviation[]>;
  /** The same cases as the inbox list shows them: only the columns of a row. */
  inboxRows(): Promise<IDeviationRow[]>;
  /** By case number (AVV-… or SKY-…), or by item id in the open list. */
  get(caseRef: number | string): Promise<{ deviation: IDeviation; actions: IDeviationAction[] } | undefined>;
  /** The handler, their stand-in, a manager of the case's unit (or above) or the security function. */
  mayHandle(deviation: IDeviation): Promise<boolean>;
  classify(deviation: IDeviation, classification: IClassification): Promise<HandlingResult>;
  setCauses(deviation: IDeviation, causes: readonly IMtoCause[]): Promise<HandlingResult>;
  giveFeedback(deviation: IDeviation, feedback: string): Promise<HandlingResult>;
  transition(deviation: IDeviation, to: DeviationStatus, note?: string): Promise<HandlingResult>;
  /** The security function's approval of a sensitive case's closure. */
  approveAsSecurityFunction(deviation: IDeviation): Promise<HandlingResult>;
  /** Refused (blocked) unless `to` may handle cases and did not report this one. */
  reassign(deviation: IDeviation, to: IPerson, note?: string): Promise<HandlingResult>;
  /** Addresses (lower case) of everyone who may handle cases: the people a case may be handed to. */
  handoverRecipients(): Promise<ReadonlySet<string>>;
  /** Moves a sensitive open case to the protected list (the protected-cases function does it). */
  protect(deviation: IDeviation): Promise<HandlingResult>;
  /** To the next manager up the line (via the directory). */
  escalate(deviation: IDeviation): Promise<HandlingResult>;
  addAction(deviation: IDeviation, title: string, owner: IPerson, dueDate: string): Promise<IDeviationAction>;
  setActionStatus(action: IDeviationAction, status: ActionStatus): Promise<IDeviationAction>;
}
