/** A seed that does not fit the schema or itself; the message names the item and the field. */
export class SeedError extends Error {}
