import * as strings from 'RiskRegisterWebPartStrings';
import { IOrganisationUnit } from '../../domain/organisation';
import { levelOf } from '../../domain/risks/matrix';
import { IRiskMatrix } from '../../domain/risks/types';
import { ASSESSMENT_KINDS } from '../../domain/risks/vocabulary';
import { formatDate } from '../../components/dates';
import { areaLabel, ciaLabel, sourceLabel, treatmentLabel } from './labels';
import { hasCia, IPickedAssessment, IRiskFormState } from './riskFormState';

export interface IRiskConflictRow {
  readonly field: string;
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
}

type Reader = (form: IRiskFormState) => string;

function assessmentText(matrix: IRiskMatrix, picked: IPickedAssessment): string {
  if (picked.likelihood === undefined || picked.consequence === undefined) return '';
  const level = levelOf(matrix, { likelihood: picked.likelihood, consequence: picked.consequence });
  return `${picked.likelihood} × ${picked.consequence}${level ? ` · ${level.name}` : ''}`;
}

/**
 * Field by field, the version I was saving against the one stored now: only where they differ, so
 * the reader sees at once what the other person changed. Both sides are read the same way (as the
 * form would show them) so that nothing differs only in how it was written.
 */
export function riskConflictRows(mine: IRiskFormState, theirs: IRiskFormState, matrix: IRiskMatrix, units: readonly IOrganisationUnit[]): IRiskConflictRow[] {
  const unitTitle = (id: number | undefined): string => (units.filter((unit) => unit.id === id)[0] || { title: '' }).title;
  const readers: [string, Reader][] = [
    ['title', (f) => f.title.trim()],
    ['area', (f) => areaLabel(f.area)],
    ['unitId', (f) => unitTitle(f.unitId)],
    ['cause', (f) => f.cause.trim()],
    ['event', (f) => f.event.trim()],
    ['consequenceDescription', (f) => f.consequenceDescription.trim()],
    ['asset', (f) => f.asset.trim()],
    ['source', (f) => sourceLabel(f.source)],
    ['threat', (f) => f.threat.trim()],
    ['vulnerability', (f) => f.vulnerability.trim()],
    ['cia', (f) => (hasCia(f.area) ? f.cia.map(ciaLabel).join(', ') : '')],
    ['existingControls', (f) => f.existingControls.trim()],
    ...ASSESSMENT_KINDS.map((kind): [string, Reader] => [kind, (f) => assessmentText(matrix, f[kind])]),
    ['treatment', (f) => treatmentLabel(f.treatment)],
    ['owner', (f) => (f.owner ? f.owner.displayName : '')],
    ['approver', (f) => (f.approver ? f.approver.displayName : '')],
    ['reviewIntervalMonths', (f) => f.reviewIntervalMonths.trim()],
    ['nextReviewAt', (f) => (f.nextReviewAt ? formatDate(`${f.nextReviewAt}T00:00:00.000Z`) : '')]
  ];
  return readers
    .map(([field, read]) => ({ field, label: strings.Fields[field] || strings.AssessmentKinds[field] || field, mine: read(mine), theirs: read(theirs) }))
    .filter((row) => row.mine !== row.theirs);
}
