import { SPFI } from '@pnp/sp';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { IAdded, IPdsaComment, IPdsaCommentRepository } from '../../domain/pdsa/repositories';
import { PdsaPhase } from '../../domain/pdsa/vocabulary';
import { pdsaCommentsList } from '../../schema/pdsaLists';
import { ListItem, readNumber, readPerson, readString } from '../lists/listAccess';
import { allOf, odataNumber } from '../odata';
import { PdsaListItems } from './PdsaListItems';

/** TryggPdsaKommentarer, read by PdsaYear and UnitId (both indexed). */
export class PdsaCommentRepository implements IPdsaCommentRepository {
  private readonly _items: PdsaListItems<IPdsaComment>;

  /** `reads`: shared with other services, so that reads asked in the same turn share a `$batch`. */
  constructor(sp: SPFI, reads?: SameTurnBatch) {
    this._items = new PdsaListItems(sp, pdsaCommentsList, toPdsaComment, reads);
  }

  /** Newest first. */
  public async forYear(year: number, unitId?: number): Promise<IPdsaComment[]> {
    const filter = allOf(`PdsaYear eq ${odataNumber(year)}`, unitId !== undefined ? `UnitId eq ${odataNumber(unitId)}` : undefined);
    return (await this._items.where(filter)).sort((a, b) => b.id - a.id);
  }

  public add(comment: Pick<IPdsaComment, 'unitId' | 'year' | 'phase' | 'comment'>, clientRequestId: string): Promise<IAdded<IPdsaComment>> {
    return this._items.add({ UnitId: comment.unitId, PdsaYear: comment.year, PdsaPhase: comment.phase, PdsaComment: comment.comment.trim() }, clientRequestId);
  }
}

export function toPdsaComment(item: ListItem): IPdsaComment {
  const author = readPerson(item, 'Author');
  return {
    id: item.Id,
    unitId: readNumber(item, 'UnitId') || 0,
    year: readNumber(item, 'PdsaYear') || 0,
    phase: readString(item, 'PdsaPhase') as PdsaPhase,
    comment: readString(item, 'PdsaComment') || '',
    ...(author ? { author } : {}),
    created: readString(item, 'Created') || ''
  };
}
