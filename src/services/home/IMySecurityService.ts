import { IWorkSection } from '../../domain/home/myWork';
import { IUnitGoal } from '../../domain/home/homeUnit';
import { IOrganisationUnit } from '../../domain/organisation';
import { IRolledUpStatus } from '../../domain/pdsa/phases';
import { ICurrentUser } from '../currentUser/ICurrentUserService';

/** What "Min säkerhet" shows one person (domain/home). */
export interface IMySecurity {
  readonly me: ICurrentUser;
  readonly year: number;
  /** Their work, one section per kind, the most urgent first in each. */
  readonly sections: readonly IWorkSection[];
  /** The unit the page is about (led, else the department's); absent when none is known. */
  readonly unit?: IOrganisationUnit;
  /** The unit's goals of the year, which every member may read. */
  readonly unitGoals: readonly IUnitGoal[];
  /** The unit's PDSA state, for those who lead or follow it up (managers, the security function). */
  readonly pdsa?: IRolledUpStatus;
  /**
   * Lists that answered the most one request may read (5,000 items): what they show may be
   * short, and the page says so rather than cutting silently.
   */
  readonly truncated: readonly string[];
}

export interface IMySecurityService {
  /** Everything on the page in at most two requests: who I am, then one `$batch`. */
  load(): Promise<IMySecurity>;
}
