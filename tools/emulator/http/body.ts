/** Reading a JSON request body the way SharePoint's OData reader does: JSON content type, an object, valid JSON. */
import { sp } from '../errors';
import { EmuRequest } from './types';

export function isVerbose(req: EmuRequest): boolean {
  return (req.headers.get('content-type') ?? '').toLowerCase().includes('odata=verbose');
}

/** The body as a JSON object; an empty body is `{}`. */
export function jsonBody(req: EmuRequest): Record<string, unknown> {
  if (req.body.length === 0) return {};
  const contentType = (req.headers.get('content-type') ?? '').toLowerCase();
  if (!contentType.startsWith('application/json')) throw sp.unsupportedMediaType(req.headers.get('content-type') ?? '(none)');
  let parsed: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(req.body);
    if (text.trim() === '') return {};
    parsed = JSON.parse(text);
  } catch (e) {
    if (e instanceof TypeError) throw sp.invalidJson('The request body is not valid UTF-8.');
    throw sp.invalidJson('A token was not recognized in the JSON content.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw sp.invalidQuery('An entry or a collection was expected in the request body: the JSON is not an object.');
  }
  // Verbose bodies may wrap the payload in "d"; SharePoint accepts both.
  return parsed as Record<string, unknown>;
}

/** `IF-Match` is compared by version: `"3"`, `W/"3"`, `"{guid},3"` all mean version 3; `*` matches any. */
export function ifMatchVersion(req: EmuRequest): { header: string; version?: number } | undefined {
  const header = req.headers.get('if-match');
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  const bare = header.trim().replace(/^W\//, '').replace(/^"+|"+$/g, '');
  const last = bare.includes(',') ? bare.slice(bare.lastIndexOf(',') + 1) : bare;
  return { header: header.trim(), version: /^\d+$/.test(last) ? Number(last) : undefined };
}
