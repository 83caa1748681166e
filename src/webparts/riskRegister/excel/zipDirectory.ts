/**
 * A look at a zip file's central directory before anything unpacks it. An .xlsx is a zip; reading
 * one with a spreadsheet library unpacks every part into memory, so a truncated file, a renamed
 * Word document or a small file that unpacks to gigabytes is refused here, from the directory alone.
 */

/** What an .xlsx of a register at most 5 MB packed may unpack to; far above any real one. */
export const MAX_UNPACKED_BYTES = 150 * 1024 * 1024;
const MAX_ENTRIES = 10000;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;

export type ZipCheck =
  | { readonly ok: true; readonly names: readonly string[] }
  /** corrupt: no readable directory (a truncated download); tooLarge: unpacks beyond the limit; encrypted: password protected parts. */
  | { readonly ok: false; readonly reason: 'corrupt' | 'tooLarge' | 'encrypted' };

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT_LENGTH);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return -1;
}

/** The names of the zip's parts when its directory is whole and within the limits. */
export function checkZipDirectory(bytes: ArrayBuffer): ZipCheck {
  const view = new DataView(bytes);
  if (view.byteLength < END_RECORD_LENGTH) return { ok: false, reason: 'corrupt' };
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, reason: 'corrupt' };
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  // 0xffff / 0xffffffff mark ZIP64, which no register of a few megabytes needs.
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES) return { ok: false, reason: 'tooLarge' };
  if (offset + size > end) return { ok: false, reason: 'corrupt' };
  const decoder = new TextDecoder('utf-8');
  const names: string[] = [];
  let unpacked = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, reason: 'corrupt' };
    const flags = view.getUint16(at + 8, true);
    const entrySize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if ((flags & 1) === 1) return { ok: false, reason: 'encrypted' };
    if (entrySize === 0xffffffff) return { ok: false, reason: 'tooLarge' };
    if (localOffset >= offset || at + 46 + nameLength > end) return { ok: false, reason: 'corrupt' };
    unpacked += entrySize;
    if (unpacked > MAX_UNPACKED_BYTES) return { ok: false, reason: 'tooLarge' };
    names.push(decoder.decode(new Uint8Array(bytes, at + 46, nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, names };
}
