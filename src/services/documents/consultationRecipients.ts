import { samePerson } from '../../domain/documents/readConfirmations';
import { IConsultationRound } from '../../domain/documents/types';
import { IOrganisationUnit, IPerson } from '../../domain/organisation';

/**
 * Who is asked to answer a remiss: the people named on the round, and the manager of each unit
 * named, as TryggEnheter says now (a unit answers through whoever manages it). One rule for the
 * web part's list and the Trygg function's check.
 */
export function isConsultationRecipient(round: Pick<IConsultationRound, 'recipients' | 'recipientUnitIds'>, person: IPerson, units: readonly IOrganisationUnit[]): boolean {
  if (round.recipients.some((recipient) => samePerson(recipient, person))) return true;
  return units.some((unit) => round.recipientUnitIds.indexOf(unit.id) >= 0 && !!unit.manager && samePerson(unit.manager, person));
}
