import { IOrganisationUnit } from '../../../domain/organisation';
import { IRisk, IRiskMatrix } from '../../../domain/risks/types';
import { mayEditRisk as mayEditRiskRule } from '../../../domain/risks/riskValues';
import { ICurrentUser } from '../../../services/currentUser/ICurrentUserService';
import { ITryggServices } from '../../../services/ITryggServices';
import { DEFAULT_REGISTER_FILTER, toRiskQuery } from '../registerFilter';
import { IOpenedRiskPage, openedRiskPage } from './register/useRiskPages';

/** What every view of the register decides from, loaded once when the web part opens. */
export interface IRegisterContext {
  readonly me: ICurrentUser;
  readonly units: readonly IOrganisationUnit[];
  /** Every matrix version, oldest first: a risk is read on the version it was assessed with. */
  readonly matrices: readonly IRiskMatrix[];
  /** The version in force. */
  readonly matrix: IRiskMatrix;
  /** The register's first page as it opens, read with the matrix. */
  readonly opened?: IOpenedRiskPage;
}

export type RegisterAccess = { readonly allowed: false } | ({ readonly allowed: true } & IRegisterContext);

/**
 * Asks first whether the user may use the register at all: for an employee that one answer is
 * all, so no request of theirs reaches the risk lists (SharePoint would refuse it). Then the matrix
 * and, unless a risk is being opened, the register's first page, asked together so they share one
 * `$batch`: two requests before the register shows.
 */
export async function loadRegisterAccess(services: ITryggServices, withFirstPage: boolean = true): Promise<RegisterAccess> {
  // The units (everyone's to read) come with the user's rights, in one request: the user is asked
  // here too, so the batch goes before the risk services' code has loaded (mayUse reuses the answer).
  const [mayUse, units, me] = await Promise.all([services.risks.mayUse(), services.units.getAll(), services.currentUser.get()]);
  if (!mayUse) return { allowed: false };
  const query = toRiskQuery(DEFAULT_REGISTER_FILTER, { units, myId: me.id, now: services.now() });
  // A first page that fails is left for the register view to read again and report; the tabs still open.
  const first = withFirstPage && query !== 'none' ? services.risks.query(query).catch(() => undefined) : undefined;
  const [matrices, page] = await Promise.all([services.risks.matrices(), first]);
  const opened = page && query !== 'none' ? openedRiskPage(query, page) : undefined;
  return { allowed: true, me, units, matrices, matrix: matrices[matrices.length - 1], ...(opened ? { opened } : {}) };
}

/** The version a risk was assessed with (the current one when the stored version is unknown). */
export function matrixOf(context: IRegisterContext, version: number): IRiskMatrix {
  return context.matrices.filter((matrix) => matrix.version === version)[0] || context.matrix;
}

/** The rule the service applies on save (domain/risks/riskValues.ts), so the page offers only what will be accepted. */
export function mayEditRisk(context: IRegisterContext, risk: Pick<IRisk, 'owner' | 'unit'> | undefined, unitId?: number): boolean {
  const { me } = context;
  const editor = { id: me.id, email: me.email, isSecurityFunction: me.roles.securityFunction, isManager: me.roles.manager };
  const target = unitId !== undefined ? unitId : risk ? risk.unit.id : undefined;
  // A new risk with no unit chosen yet: whoever may keep risks at all may start one.
  if (target === undefined) return editor.isSecurityFunction || editor.isManager;
  return mayEditRiskRule(editor, target, context.units, risk);
}

/** Units a new risk may be registered on: all for the security function, a manager's own line otherwise. */
export function unitsForNewRisk(context: IRegisterContext): IOrganisationUnit[] {
  if (context.me.roles.securityFunction) return context.units.slice();
  return context.units.filter((unit) => mayEditRisk(context, undefined, unit.id));
}
