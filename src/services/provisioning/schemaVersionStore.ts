import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SCHEMA_VERSION_SETTING, settingsList } from '../../schema/schemaVersion';
import { odataString } from '../odata';

interface ISettingItem {
  Id: number;
  SettingValue?: string;
}

async function findSetting(sp: SPFI, key: string): Promise<ISettingItem | undefined> {
  try {
    const items: ISettingItem[] = await sp.web.lists
      .getByTitle(settingsList.title)
      .items.select('Id', 'SettingValue')
      .filter(`SettingKey eq ${odataString(key)}`)
      .top(1)();
    return items[0];
  } catch (e) {
    // A site from before versions were recorded has no settings list.
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}

/**
 * The schema version the site has recorded; 0 for a site without Trygg, or provisioned before
 * versions were recorded (its shape is then whatever it is: provisioning compares, it does not trust).
 */
export async function readSchemaVersion(sp: SPFI): Promise<number> {
  const item = await findSetting(sp, SCHEMA_VERSION_SETTING);
  const version = item && item.SettingValue ? Number(item.SettingValue) : 0;
  return Number.isInteger(version) && version > 0 ? version : 0;
}

/** Records the version provisioning brought the site to (the settings list must exist). */
export async function recordSchemaVersion(sp: SPFI, version: number): Promise<void> {
  await writeSetting(sp, SCHEMA_VERSION_SETTING, String(version), 'Schemaversion');
}

/** One of the site's settings; undefined when it is not set (or the site has no settings list). */
export async function readSetting(sp: SPFI, key: string): Promise<string | undefined> {
  const item = await findSetting(sp, key);
  return item && item.SettingValue !== undefined && item.SettingValue !== null ? item.SettingValue : undefined;
}

/** Sets one of the site's settings; false when it already had that value (nothing written). */
export async function writeSetting(sp: SPFI, key: string, value: string, title: string = key): Promise<boolean> {
  const items = sp.web.lists.getByTitle(settingsList.title).items;
  const item = await findSetting(sp, key);
  if (item && item.SettingValue === value) return false;
  if (item) await items.getById(item.Id).update({ SettingValue: value });
  else await items.add({ Title: title, SettingKey: key, SettingValue: value });
  return true;
}
