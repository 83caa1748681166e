/**
 * The schema's changelog keeps up with the schema: whoever adds a list, group or permission level
 * adds a version that names it (src/schema/schemaVersion.ts), so an upgrade can say what it brings.
 */
import { SCHEMA_CHANGELOG, TRYGG_GROUPS, TRYGG_SCHEMA, TRYGG_SCHEMA_VERSION } from '../../../src/schema';

describe('the schema version', () => {
  it('counts up from 1 without gaps, and the current version is the last', () => {
    expect(SCHEMA_CHANGELOG.map((change) => change.version)).toEqual(SCHEMA_CHANGELOG.map((_, i) => i + 1));
    expect(TRYGG_SCHEMA_VERSION).toBe(SCHEMA_CHANGELOG.length);
    expect(TRYGG_SCHEMA.version).toBe(TRYGG_SCHEMA_VERSION);
  });

  it('names in its changelog every list, group and permission level of the schema', () => {
    const text = SCHEMA_CHANGELOG.map((change) => change.added).join('\n');
    const names = [
      ...TRYGG_SCHEMA.lists.map((list) => list.title),
      ...Object.values(TRYGG_GROUPS).map((group) => group.title),
      ...Object.keys(TRYGG_SCHEMA.permissionLevels)
    ];
    expect(names.filter((name) => text.indexOf(name) < 0)).toEqual([]);
  });
});
