/** Source that runs an SPFx AMD loc file's define() and makes its result module.exports. */
export function unwrapAmdLocModule(source: string): string;
/** Evaluates an SPFx AMD loc file in a vm and returns its strings object. */
export function readLocStrings<T = Record<string, unknown>>(file: string): T;
