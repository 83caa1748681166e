/**
 * What a saved draft writes, and who may write it: one rule for the register's form and the Excel
 * import alike. Pure: the caller has validated the draft and resolved its people.
 */
import { IOrganisationUnit } from '../organisation';
import { IRiskValues } from './repositories';
import { IRisk, IRiskDraft, IRiskMatrix } from './types';
import { isLineManagerOf, sameAssessment } from './acceptance';
import { scored } from './matrix';

/** Who saves: their site user id and address, and what SharePoint lets them do (domain/roles.ts). */
export interface IRiskEditor {
  readonly id: number;
  readonly email: string;
  readonly isSecurityFunction: boolean;
  readonly isManager: boolean;
}

/**
 * Trygg's rule for editing a risk (SharePoint lets every manager edit the list; versions show who
 * did): the security function; the risk's owner; a manager in the line above its unit, and above
 * the unit it is moved to.
 */
export function mayEditRisk(editor: IRiskEditor, unitId: number, units: readonly IOrganisationUnit[], stored?: Pick<IRisk, 'owner' | 'unit'>): boolean {
  if (editor.isSecurityFunction) return true;
  if (!editor.isManager) return false;
  if (stored && stored.owner && stored.owner.id === editor.id) return true;
  const inLine = (id: number): boolean => isLineManagerOf({ id: editor.id, email: editor.email, isSecurityFunction: false }, id, units);
  return inLine(unitId) && (!stored || inLine(stored.unit.id));
}

/** Text as stored: trimmed, and empty as absent. */
function trimmed(value: string | undefined): string | undefined {
  const text = value === undefined ? '' : value.trim();
  return text.length > 0 ? text : undefined;
}

/**
 * The values a validated draft writes on the current matrix: the current assessment's score and
 * level (indexed, for the register), when it was assessed (only when it changed), and for a new risk
 * the status Utkast with no cases linked.
 */
export function riskValues(draft: IRiskDraft, matrix: IRiskMatrix, now: Date, people: { ownerId?: number; approverId?: number }, stored?: IRisk): IRiskValues {
  const current = draft.current ? scored(matrix, draft.current) : undefined;
  const reassessed =
    !!draft.current && (!!draft.confirmCurrent || !stored || !stored.current || !sameAssessment(stored.current, draft.current) || stored.matrixVersion !== matrix.version);
  return {
    title: draft.title.trim(),
    cause: trimmed(draft.cause),
    event: trimmed(draft.event),
    consequenceDescription: trimmed(draft.consequenceDescription),
    area: draft.area as NonNullable<IRiskDraft['area']>,
    unitId: draft.unitId as number,
    asset: trimmed(draft.asset),
    source: draft.source,
    threat: trimmed(draft.threat),
    vulnerability: trimmed(draft.vulnerability),
    cia: draft.cia || [],
    existingControls: trimmed(draft.existingControls),
    inherent: draft.inherent,
    current: draft.current,
    target: draft.target,
    currentScore: current ? current.score : undefined,
    currentLevel: current ? current.levelKey : undefined,
    currentAssessedAt: reassessed ? now.toISOString() : undefined,
    matrixVersion: matrix.version,
    treatment: draft.treatment,
    ownerId: people.ownerId,
    approverId: people.approverId,
    reviewIntervalMonths: draft.reviewIntervalMonths,
    nextReviewAt: draft.nextReviewAt ? `${draft.nextReviewAt.slice(0, 10)}T00:00:00.000Z` : undefined,
    status: stored ? stored.status : 'Utkast',
    linkedCases: stored ? stored.linkedCases : [],
    scanningEntryId: stored ? stored.scanningEntryId : undefined,
    governingDocumentId: stored ? stored.governingDocumentId : undefined
  };
}
