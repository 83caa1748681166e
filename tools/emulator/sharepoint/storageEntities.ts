/**
 * Tenant properties (storage entities), read with `GET /_api/web/GetStorageEntity('key')`. SharePoint
 * keeps them in the app catalogue and answers any signed-in caller from any web; a key that is not set
 * is 200 with Value, Comment and Description null, not 404. The emulator sets them from the seed and
 * its options only (no SetStorageEntity: that needs the tenant app catalogue).
 */
import type { ISeedStorageEntity } from '../seed/types';
import { EmuResponse } from '../http/types';
import { Entity, entityResponse } from '../odata/format';
import { Db, stmt } from '../storage/database';
import { SpContext } from './context';

/** Adds or replaces the given properties. */
export function setStorageEntities(db: Db, entities: Readonly<Record<string, ISeedStorageEntity>>): void {
  const upsert = stmt(
    db,
    `INSERT INTO _storage_entities (Key, Value, Comment, Description) VALUES (?, ?, ?, ?)
     ON CONFLICT(Key) DO UPDATE SET Value = excluded.Value, Comment = excluded.Comment, Description = excluded.Description`
  );
  for (const [key, e] of Object.entries(entities)) upsert.run(key, e.value, e.comment ?? null, e.description ?? null);
}

export function getStorageEntity(ctx: SpContext, key: string): EmuResponse {
  const row = stmt(ctx.state.db, 'SELECT Value, Comment, Description FROM _storage_entities WHERE Key = ?').get(key) as
    | { Value: string; Comment: string | null; Description: string | null }
    | undefined;
  const props = { Value: row?.Value ?? null, Comment: row?.Comment ?? null, Description: row?.Description ?? null };
  return entityResponse(ctx.mode, new Entity(undefined, props), `${ctx.siteUrl}/_api/$metadata#SP.StorageEntity`);
}
