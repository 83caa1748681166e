/**
 * The PDSA reminders the Trygg function sends from its shared mailbox: which goal waits for a
 * measurement, which unit is due to exercise. Titles and days with a link; the values stay in SharePoint.
 */
import * as strings from 'TryggStrings';
import { IMailMessage } from '../../domain/directory';
import { IGoal, IMeasurementPeriod } from '../../domain/pdsa/goals';
import { IExercise } from '../../domain/pdsa/exercises';
import { format } from '../../common/format';
import { mailWithLink } from './mailWithLink';

/** `missing`: the periods due and not measured, oldest first; the mail names the latest. */
export function measurementDueMail(goal: IGoal, unitTitle: string, missing: readonly IMeasurementPeriod[], to: string, link: string): IMailMessage {
  const latest = missing[missing.length - 1];
  return mailWithLink(
    to,
    format(strings.MailMeasurementDueSubject, goal.title),
    format(strings.MailMeasurementDueBody, goal.title, unitTitle, goal.indicator, latest.start, latest.end, missing.length),
    link
  );
}

export function exerciseDueMail(unitTitle: string, dueDay: string, lastExercise: IExercise, to: string, link: string): IMailMessage {
  return mailWithLink(
    to,
    format(strings.MailExerciseDueSubject, unitTitle, dueDay),
    format(strings.MailExerciseDueBody, unitTitle, dueDay, lastExercise.date.slice(0, 10), lastExercise.title),
    link
  );
}
