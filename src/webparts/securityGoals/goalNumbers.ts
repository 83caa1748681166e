/**
 * Numbers as people type them: "12,5" the Swedish way, "12.5", "1 000" with spaces (also the
 * narrow no-break space Swedish formatting inserts), "−3" with a typographic minus. Pure.
 */

/**
 * The number typed, undefined for an empty field, NaN for anything else (the domain's validators
 * call NaN 'invalidNumber', so nothing is guessed). With both ',' and '.', the later one is the
 * decimal mark and the other groups thousands; a single mark of one kind is the decimal mark.
 */
export function parseDecimal(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return undefined;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let normal = compact;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? /\./g : /,/g;
    normal = compact.replace(grouping, '').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const count = compact.split(mark).length - 1;
    // 1,5 is one and a half; 1,000,000 (several marks) only groups.
    normal = count === 1 ? compact.replace(mark, '.') : compact.split(mark).join('');
  }
  return /^[-+]?\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
}

/** A stored number as the field shows it for editing: no grouping, the UI language's decimal mark. */
export function editableNumber(value: number | undefined, decimalMark: string): string {
  return value === undefined || !isFinite(value) ? '' : String(value).replace('.', decimalMark);
}
