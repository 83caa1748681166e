import { IDirectory } from '../../domain/directory';
import { IDeviationRepository, IUnitRepository } from '../../domain/deviations/repositories';
import { IDeviation, IDeviationDraft } from '../../domain/deviations/types';
import { validateDraft } from '../../domain/deviations/draftValidation';
import { decideRouting } from '../../domain/deviations/routing';
import { requiresSecurityApproval } from '../../domain/deviations/workflow';
import { hasErrors, isClientRequestId } from '../../domain/validation';
import { IOrganisationUnit, IPerson } from '../../domain/organisation';
import { ICurrentUserService } from '../currentUser/ICurrentUserService';
import { isTransient } from '../errors';
import { SitePeople } from '../people';
import { IProtectedCaseGateway } from '../protectedCases/IProtectedCaseGateway';
import { ProtectedCaseError } from '../protectedCases/ProtectedCaseClient';
import { IDeviationReportingService, ReportOutcome } from './IDeviationReportingService';

export interface IReportingDependencies {
  readonly currentUser: ICurrentUserService;
  readonly directory: IDirectory;
  readonly units: IUnitRepository;
  readonly deviations: IDeviationRepository;
  readonly people: SitePeople;
  readonly protectedCases: IProtectedCaseGateway;
  readonly now: () => Date;
}

/** The regional security function answers for the whole region: the root unit's coordinator. */
export function regionalSecurityFunction(units: readonly IOrganisationUnit[]): IPerson {
  const root = units.filter((unit) => unit.parentId === undefined && unit.securityCoordinator)[0];
  if (!root || !root.securityCoordinator) {
    throw new Error('The units list has no root unit with a security coordinator: reports could not be routed.');
  }
  return root.securityCoordinator;
}

export class DeviationReportingService implements IDeviationReportingService {
  private readonly _deps: IReportingDependencies;

  constructor(dependencies: IReportingDependencies) {
    this._deps = dependencies;
  }

  public async report(draft: IDeviationDraft, clientRequestId: string): Promise<ReportOutcome> {
    const deps = this._deps;
    const now = deps.now();
    const errors = validateDraft(draft, now);
    if (hasErrors(errors)) return { kind: 'invalid', errors };
    if (!isClientRequestId(clientRequestId)) throw new Error(`Not a client request id: ${clientRequestId}`);
    if (requiresSecurityApproval(draft)) return this._reportProtected(draft, clientRequestId);

    // A retry whose first attempt landed needs no routing and no second case; the handler is
    // told only if the first attempt did not get that far.
    const earlier = await deps.deviations.findByClientRequestId(clientRequestId);
    if (earlier) return { kind: 'sent', deviation: await this._notifyOnce(earlier), routing: routingOf(earlier) };

    const [user, me, managerLookup, units] = await Promise.all([
      deps.currentUser.get(),
      // Without the directory the report still goes: the unit it happened in stands for the reporter's own.
      deps.directory.me().catch(() => undefined),
      deps.directory.managerOf('me'),
      deps.units.getAll()
    ]);
    // The form offers only units from the list, but a stale draft (a unit removed since it was queued)
    // or another client can name one that is not there: SharePoint would refuse the lookup with a 400,
    // which the queue retries forever. It is the reporter's to correct, like any other invalid field.
    if (!units.some((unit) => unit.id === draft.unitId)) return { kind: 'invalid', errors: { unitId: 'invalidChoice' } };
    const reporterUnit = units.filter((unit) => !!me && !!me.department && unit.department === me.department)[0];
    const reporter: IPerson = { id: user.id, displayName: user.displayName, email: user.email };
    const routing = decideRouting({
      reporter,
      managerLookup,
      reporterUnitId: reporterUnit ? reporterUnit.id : managerLookup.outcome === 'failed' ? draft.unitId : undefined,
      units,
      securityFunction: regionalSecurityFunction(units)
    });
    const handler = await deps.people.withSiteId(routing.handler);
    const { deviation, created } = await deps.deviations.submit({
      clientRequestId,
      draft,
      reportedAt: now.toISOString(),
      reporter,
      reporterUnitId: reporterUnit ? reporterUnit.id : undefined,
      handler,
      routingReason: routing.reason,
      routingFallback: routing.fallback,
      sensitive: requiresSecurityApproval(draft)
    });
    const notified = await this._notifyOnce(deviation);
    return { kind: 'sent', deviation: notified, routing: created ? { ...routing, handler } : routingOf(deviation) };
  }

  /**
   * Threats and violence, personal data, suspected crime: the protected-cases function adds the case,
   * routes it and lets only the reporter, the handler and the security function read it. It is
   * idempotent by clientRequestId, so the queue may send again as often as it takes.
   */
  private async _reportProtected(draft: IDeviationDraft, clientRequestId: string): Promise<ReportOutcome> {
    try {
      const { deviation } = await this._deps.protectedCases.submit(clientRequestId, draft);
      return { kind: 'sent', deviation, routing: routingOf(deviation) };
    } catch (error) {
      if (error instanceof ProtectedCaseError && error.status === 400 && error.fields) {
        return { kind: 'invalid', errors: error.fields as Extract<ReportOutcome, { kind: 'invalid' }>['errors'] };
      }
      throw error;
    }
  }

  public async myReports(): Promise<IDeviation[]> {
    const user = await this._deps.currentUser.get();
    return this._deps.deviations.query({ reporterId: user.id, top: 200 });
  }

  /**
   * The handler's mail, once. A reporter cannot mark their own report (no Edit), and no web part
   * sends mail, so the Trygg function sends it from the shared mailbox and marks the case.
   */
  private async _notifyOnce(deviation: IDeviation): Promise<IDeviation> {
    if (deviation.handlerNotifiedAt || !deviation.handler) return deviation;
    try {
      return await this._deps.protectedCases.notify(deviation);
    } catch (error) {
      // Busy or out of reach: fail this attempt. The queue sends the report again, finds it stored
      // (no second case) and asks the function once more, which mails only if it has not.
      if (isTransient(error)) throw error;
      // Refused, or no Trygg function on this tenant: the case stands in the handler's inbox.
      console.warn('Trygg: the Trygg function did not notify the handler', error);
      return deviation;
    }
  }
}

function routingOf(deviation: IDeviation): ReportOutcomeRouting {
  return {
    handler: deviation.handler || { displayName: '', email: '' },
    reason: deviation.routingReason || 'Chef',
    fallback: deviation.routingFallback
  };
}

type ReportOutcomeRouting = Extract<ReportOutcome, { kind: 'sent' }>['routing'];
