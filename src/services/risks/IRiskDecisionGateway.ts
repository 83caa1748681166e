import { IAcceptanceDecision } from '../../domain/risks/acceptance';
import { IRiskDecision } from '../../domain/risks/repositories';

/**
 * Acceptance requests and decisions go through the Trygg function: TryggRiskbeslut is the
 * function's alone to write, so a manager's own REST call cannot grant an acceptance.
 * Refusals come back as a ProtectedCaseError with code 'forbidden' or 'invalid' and the domain's
 * reasons in `fields`.
 */
export interface IRiskDecisionGateway {
  requestAcceptance(riskId: number, note?: string): Promise<IRiskDecision>;
  decideAcceptance(riskId: number, decision: IAcceptanceDecision): Promise<IRiskDecision>;
}
