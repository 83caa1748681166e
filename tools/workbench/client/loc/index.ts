import { WorkbenchLocale } from '../pageConfig';
import { IWorkbenchStrings } from './types';
import { svSE } from './sv-se';
import { enUS } from './en-us';

export type { IWorkbenchStrings };

export function workbenchStrings(locale: WorkbenchLocale): IWorkbenchStrings {
  return locale === 'en-us' ? enUS : svSE;
}
