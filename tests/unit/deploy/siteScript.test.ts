/**
 * The site scripts in sharepoint/assets agree with the schema: generated from it, committed as
 * generated, every list and field once, lookup targets first, each script within SharePoint's limit.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { TRYGG_SCHEMA } from '../../../src/schema';
import { actionCount, SITE_SCRIPT_ACTION_LIMIT, SITE_SCRIPT_DIR, siteScriptFileName, siteScripts, siteScriptText } from '../../../tools/deploy/siteScript';

describe("the site scripts Trygg ships (sharepoint/assets)", () => {
  const scripts = siteScripts();

  it('are committed exactly as the schema generates them (run `npm run site-script` after a schema change)', () => {
    const committed = readdirSync(SITE_SCRIPT_DIR).filter((name) => /^trygg-site-script-\d+\.json$/.test(name)).sort();
    expect(committed).toEqual(scripts.map((_, index) => siteScriptFileName(index)).sort());
    scripts.forEach((script, index) => expect(readFileSync(join(SITE_SCRIPT_DIR, siteScriptFileName(index)), 'utf8')).toBe(siteScriptText(script)));
  });

  it("create every list of the schema once, with every field, each lookup's target before it", () => {
    const lists = scripts.flatMap((script) => script.actions);
    expect(lists.map((action) => action.listName)).toEqual(TRYGG_SCHEMA.lists.map((list) => list.title));
    const created = new Set<string>();
    for (const definition of TRYGG_SCHEMA.lists) {
      const action = lists.find((candidate) => candidate.listName === definition.title) as unknown as { subactions: { verb: string; schemaXml?: string; targetListName?: string }[] };
      const fields = action.subactions.filter((sub) => sub.schemaXml);
      expect(fields.map((sub) => /Name="([^"]+)"/.exec(sub.schemaXml as string)?.[1])).toEqual(definition.fields.map((field) => field.name));
      // The list exists when its subactions run: a lookup to itself (a unit's parent unit) is fine.
      created.add(definition.title);
      for (const sub of fields.filter((candidate) => candidate.verb === 'addSPLookupFieldXml')) expect(created.has(sub.targetListName as string)).toBe(true);
    }
  });

  it("each stays within SharePoint's limit of actions per script, subactions included", () => {
    for (const script of scripts) expect(script.actions.map(actionCount).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(SITE_SCRIPT_ACTION_LIMIT);
    expect(scripts.length).toBeGreaterThan(1);
  });
});
