/**
 * OData `$batch` as SharePoint speaks it and PnPjs's sp.batched() sends it: a multipart/mixed body of
 * `application/http` parts, writes grouped in changesets. The answer is one flat sequence of
 * `--batchresponse_…` parts, one per request in order, which is what PnPjs parses.
 */
import { randomUUID } from 'node:crypto';
import { SpError } from '../errors';
import { EmuRequest, EmuResponse, STATUS_TEXT } from '../http/types';
import { Caller } from '../identity';
import { EmulatorState } from '../state';
import { handleSharePoint } from './handler';

const MAX_PARTS = 100;

interface PartRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Map<string, string>;
  readonly body: string;
}

function badBatch(message: string): SpError {
  return new SpError(400, '-1, Microsoft.Data.OData.ODataException', `The batch request is not valid: ${message}`);
}

function boundaryOf(contentType: string | undefined): string {
  const m = /^multipart\/mixed\s*;.*boundary=("?)([^";]+)\1/i.exec(contentType ?? '');
  if (!m) throw badBatch("the Content-Type must be multipart/mixed with a boundary.");
  return m[2];
}

/** Splits a multipart body into its parts (headers, blank line, content). */
function splitParts(lines: readonly string[], boundary: string): string[][] {
  const parts: string[][] = [];
  let current: string[] | undefined;
  let closed = false;
  for (const line of lines) {
    if (line === `--${boundary}--`) {
      if (current) parts.push(current);
      current = undefined;
      closed = true;
      break;
    }
    if (line === `--${boundary}`) {
      if (current) parts.push(current);
      current = [];
      continue;
    }
    if (current) current.push(line);
    else if (line.trim() !== '') throw badBatch('text found before the first boundary.');
  }
  if (!closed) throw badBatch(`the closing boundary --${boundary}-- is missing.`);
  return parts;
}

function readHeaders(lines: readonly string[], start: number): [Map<string, string>, number] {
  const headers = new Map<string, string>();
  let i = start;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const idx = lines[i].indexOf(':');
    if (idx <= 0) throw badBatch(`the header line '${lines[i].slice(0, 80)}' is not valid.`);
    headers.set(lines[i].slice(0, idx).trim().toLowerCase(), lines[i].slice(idx + 1).trim());
  }
  return [headers, i + 1];
}

function parseHttpPart(lines: readonly string[]): PartRequest {
  const [partHeaders, start] = readHeaders(lines, 0);
  if (!(partHeaders.get('content-type') ?? '').toLowerCase().startsWith('application/http')) throw badBatch('each part must be Content-Type: application/http.');
  let i = start;
  while (i < lines.length && lines[i].trim() === '') i++;
  const requestLine = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec((lines[i] ?? '').trim());
  if (!requestLine) throw badBatch(`the request line '${(lines[i] ?? '').slice(0, 80)}' is not valid.`);
  const [headers, bodyStart] = readHeaders(lines, i + 1);
  const bodyLines = lines.slice(bodyStart);
  while (bodyLines.length && bodyLines[bodyLines.length - 1].trim() === '') bodyLines.pop();
  return { method: requestLine[1], url: requestLine[2], headers, body: bodyLines.join('\n') };
}

function parseBatch(body: string, boundary: string): PartRequest[] {
  const lines = body.split(/\r?\n/);
  const requests: PartRequest[] = [];
  for (const part of splitParts(lines, boundary)) {
    const [headers, start] = readHeaders(part, 0);
    const type = headers.get('content-type') ?? '';
    if (/^multipart\/mixed/i.test(type)) {
      const inner = boundaryOf(type);
      for (const sub of splitParts(part.slice(start), inner)) requests.push(parseHttpPart(sub));
    } else requests.push(parseHttpPart(part));
    if (requests.length > MAX_PARTS) throw badBatch(`more than ${MAX_PARTS} requests in one batch.`);
  }
  if (requests.length === 0) throw badBatch('it contains no requests.');
  return requests;
}

export async function handleBatch(state: EmulatorState, req: EmuRequest, caller: Caller): Promise<EmuResponse & { batchParts: number }> {
  const boundary = boundaryOf(req.headers.get('content-type'));
  const requests = parseBatch(req.body.toString('utf8'), boundary);
  const responseBoundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const part of requests) {
    let url: URL;
    try {
      url = new URL(part.url, `${state.origin}${state.sitePath}/`);
    } catch {
      throw badBatch(`the URL '${part.url.slice(0, 100)}' is not valid.`);
    }
    const apiPrefix = `${state.sitePath}/_api/`.toLowerCase();
    let response: EmuResponse;
    if (!url.pathname.toLowerCase().startsWith(apiPrefix)) {
      response = { status: 404, headers: {}, body: JSON.stringify({ 'odata.error': { code: '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', message: { lang: 'en-US', value: `Cannot find resource for the request ${url.pathname}.` } } }) };
    } else {
      const xMethod = part.headers.get('x-http-method');
      const inner: EmuRequest = {
        method: (part.method === 'POST' && xMethod ? xMethod : part.method).toUpperCase(),
        url,
        headers: part.headers,
        body: Buffer.from(part.body, 'utf8'),
        batchCaller: caller
      };
      response = await handleSharePoint(state, inner, url.pathname.slice(apiPrefix.length));
    }
    out.push(`--${responseBoundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${response.status} ${STATUS_TEXT[response.status] ?? 'Status'}`);
    for (const [k, v] of Object.entries(response.headers)) {
      if (k.toLowerCase() === 'www-authenticate') continue;
      out.push(`${k.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : k}: ${v}`);
    }
    out.push('', typeof response.body === 'string' ? response.body : response.body.toString('utf8'));
  }
  out.push(`--${responseBoundary}--`, '');
  return {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=${responseBoundary}` },
    body: out.join('\r\n'),
    batchParts: requests.length
  };
}
