/**
 * Trygg's lists as SharePoint site scripts (sharepoint/assets/), generated from the one schema: an
 * administrator who creates Trygg sites from a site design gets the lists and fields at creation.
 * What site scripts cannot say (versioning, content approval, read and write security, unique
 * fields' constraints beyond the XML, permission levels, role assignments, the recorded schema
 * version) is provisioning's: `npm run deploy` (or the first-run button) completes a site either way.
 * SharePoint runs at most 300 actions, subactions included, per script, so the lists are split, in
 * provisioning order (lookup targets first), into scripts under that limit.
 *
 *   npm run site-script          writes sharepoint/assets/trygg-site-script-<n>.json
 */
import { writeFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { IListDefinition } from '../../src/schema/types';
import { ITryggSchema, TRYGG_SCHEMA } from '../../src/schema/schemaVersion';
import { fieldSchemaXml } from '../../src/services/provisioning/fieldXml';

export const SITE_SCRIPT_ACTION_LIMIT = 300;
/** Room under SharePoint's limit, so a list added later rarely moves the split. */
const ACTIONS_PER_SCRIPT = 250;
export const SITE_SCRIPT_DIR = join(__dirname, '..', '..', 'sharepoint', 'assets');

interface ISiteScriptAction {
  readonly verb: string;
  readonly [key: string]: unknown;
}

export interface ISiteScript {
  readonly $schema: string;
  readonly version: number;
  readonly actions: readonly ISiteScriptAction[];
}

function listAction(list: IListDefinition): ISiteScriptAction {
  const subactions: ISiteScriptAction[] = [{ verb: 'setDescription', description: list.description }];
  for (const field of list.fields) {
    const schemaXml = fieldSchemaXml(field);
    subactions.push(
      field.type === 'Lookup'
        ? { verb: 'addSPLookupFieldXml', schemaXml, targetListName: field.lookupList }
        : { verb: 'addSPFieldXml', schemaXml, addToDefaultView: true }
    );
  }
  return { verb: 'createSPList', listName: list.title, templateType: list.template, subactions };
}

/** Actions a list costs against the limit: the list and each subaction. */
export function actionCount(action: ISiteScriptAction): number {
  return 1 + (Array.isArray(action.subactions) ? action.subactions.length : 0);
}

/** The schema's lists as site scripts, each under the action limit. */
export function siteScripts(schema: ITryggSchema = TRYGG_SCHEMA): ISiteScript[] {
  const scripts: ISiteScriptAction[][] = [[]];
  let used = 0;
  for (const list of schema.lists) {
    const action = listAction(list);
    if (used + actionCount(action) > ACTIONS_PER_SCRIPT && scripts[scripts.length - 1].length > 0) {
      scripts.push([]);
      used = 0;
    }
    scripts[scripts.length - 1].push(action);
    used += actionCount(action);
  }
  return scripts.map((actions) => ({ $schema: 'https://developer.microsoft.com/json-schemas/sp/site-design-script-actions.schema.json', version: schema.version, actions }));
}

export function siteScriptFileName(index: number): string {
  return `trygg-site-script-${index + 1}.json`;
}

export function siteScriptText(script: ISiteScript): string {
  return `${JSON.stringify(script, undefined, 2)}\n`;
}

if (require.main === module) {
  mkdirSync(SITE_SCRIPT_DIR, { recursive: true });
  siteScripts().forEach((script, index) => {
    writeFileSync(join(SITE_SCRIPT_DIR, siteScriptFileName(index)), siteScriptText(script));
    console.log(`${siteScriptFileName(index)}: ${script.actions.length} lists, ${script.actions.map(actionCount).reduce((a, b) => a + b, 0)} actions`);
  });
}
