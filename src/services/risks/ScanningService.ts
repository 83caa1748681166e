import { SPFI } from '@pnp/sp';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { IRisk } from '../../domain/risks/types';
import { IScanningDraft, IScanningEntry, ScanningErrors, scanningValues, validateScanningDraft } from '../../domain/risks/scanning';
import { ICurrentUserService } from '../currentUser/ICurrentUserService';
import { ConflictError } from '../errors';
import { RiskRepository } from './RiskRepository';
import { ScanningRepository } from './ScanningRepository';

/** A save's outcome: saved, refused with an error per field, or a conflict with the stored entry. */
export type ScanningSaveResult =
  | { readonly kind: 'saved'; readonly entry: IScanningEntry }
  | { readonly kind: 'invalid'; readonly errors: ScanningErrors }
  | { readonly kind: 'conflict'; readonly theirs: IScanningEntry };

/** Omvärldsbevakning in the risk register: the security function records, managers read and act. */
export interface IScanningService {
  /** Whether the signed-in user records entries (the security function). */
  mayRecord(): Promise<boolean>;
  /** The newest entries, newest observation first. */
  list(): Promise<IScanningEntry[]>;
  save(draft: IScanningDraft, clientRequestId: string, existing?: IScanningEntry): Promise<ScanningSaveResult>;
  /** The risks raised or last updated from an entry (that the user may see). */
  risksOf(entryId: number): Promise<IRisk[]>;
}

/** How many entries the list shows: a region notes some a week, so a year or two fits. */
const LIST_SIZE = 200;

export class ScanningService implements IScanningService {
  private readonly _entries: ScanningRepository;
  private readonly _risks: RiskRepository;

  constructor(private readonly _deps: { sp: SPFI; currentUser: ICurrentUserService; units: IUnitRepository; now: () => Date }) {
    this._entries = new ScanningRepository(_deps.sp);
    this._risks = new RiskRepository(_deps.sp);
  }

  public async mayRecord(): Promise<boolean> {
    return (await this._deps.currentUser.get()).roles.securityFunction;
  }

  public list(): Promise<IScanningEntry[]> {
    return this._entries.list(LIST_SIZE);
  }

  public async save(draft: IScanningDraft, clientRequestId: string, existing?: IScanningEntry): Promise<ScanningSaveResult> {
    const units = await this._deps.units.getAll();
    const errors = validateScanningDraft(draft, this._deps.now(), units.map((unit) => unit.id));
    if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
    const values = scanningValues(draft);
    if (!existing) return { kind: 'saved', entry: await this._entries.add(values, clientRequestId) };
    try {
      return { kind: 'saved', entry: await this._entries.update(existing.id, existing.etag, values) };
    } catch (error) {
      if (error instanceof ConflictError) return { kind: 'conflict', theirs: (error as ConflictError<IScanningEntry>).current };
      throw error;
    }
  }

  public async risksOf(entryId: number): Promise<IRisk[]> {
    return (await this._risks.query({ scanningEntryId: entryId, sort: 'score', pageSize: 100 })).risks;
  }
}
