import { IDeviation, IMtoCause } from '../../../domain/deviations/types';
import { DeviationStatus } from '../../../domain/deviations/vocabulary';
import { IDirectoryUser } from '../../../domain/directory';
import { IPerson } from '../../../domain/organisation';
import { HandlingResult, IClassification, IDeviationHandlingService } from '../../../services/deviations/IDeviationHandlingService';

/**
 * One thing the handler asked to save. Kept as data (not only as a call) so that when someone
 * else saved first, the page can show what was about to be saved and apply it again on top of
 * the stored version.
 */
export type CaseChange =
  | { readonly kind: 'classify'; readonly classification: IClassification }
  | { readonly kind: 'causes'; readonly causes: readonly IMtoCause[] }
  | { readonly kind: 'feedback'; readonly feedback: string }
  | { readonly kind: 'transition'; readonly to: DeviationStatus; readonly note?: string }
  | { readonly kind: 'approve' }
  | { readonly kind: 'reassign'; readonly to: IDirectoryUser; readonly note?: string }
  | { readonly kind: 'escalate' }
  | { readonly kind: 'protect' };

export function applyChange(handling: IDeviationHandlingService, deviation: IDeviation, change: CaseChange): Promise<HandlingResult> {
  switch (change.kind) {
    case 'classify':
      return handling.classify(deviation, change.classification);
    case 'causes':
      return handling.setCauses(deviation, change.causes);
    case 'feedback':
      return handling.giveFeedback(deviation, change.feedback);
    case 'transition':
      return handling.transition(deviation, change.to, change.note);
    case 'approve':
      return handling.approveAsSecurityFunction(deviation);
    case 'reassign':
      return handling.reassign(deviation, change.to, change.note);
    case 'escalate':
      return handling.escalate(deviation);
    case 'protect':
      return handling.protect(deviation);
  }
}

/**
 * The case as it would read had the change been saved on `base`: the left-hand side of the
 * conflict view. Escalation's target is only known to the service, so it leaves the handler.
 */
export function withChange(base: IDeviation, change: CaseChange, me: IPerson): IDeviation {
  switch (change.kind) {
    case 'classify': {
      const c = change.classification;
      return {
        ...base,
        type: c.type !== undefined ? c.type : base.type,
        area: c.area !== undefined ? c.area : base.area,
        actualConsequence: c.actualConsequence !== undefined ? c.actualConsequence : base.actualConsequence,
        potentialConsequence: c.potentialConsequence !== undefined ? c.potentialConsequence : base.potentialConsequence,
        msbCategory: c.msbCategory !== undefined ? c.msbCategory : base.msbCategory
      };
    }
    case 'causes':
      return { ...base, mtoCauses: change.causes };
    case 'feedback':
      return { ...base, feedback: change.feedback.trim() };
    case 'transition':
      return { ...base, status: change.to, rejectionReason: change.to === 'Avvisad' ? change.note : base.rejectionReason };
    case 'approve':
      return { ...base, securityApprovedBy: me };
    case 'reassign':
      return { ...base, handler: change.to };
    case 'escalate':
    case 'protect':
      return base;
  }
}
