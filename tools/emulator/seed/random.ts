/**
 * Deterministic randomness for the seed: the same seed number gives the same region every time,
 * so tests, screenshots and benchmarks are comparable. Never the global PRNG or the wall clock.
 */

// Globals bound once: under jest's vm sandbox every global lookup (Math.floor …) is slow, and the
// scale generator makes millions of them.
const { floor, imul } = Math;

/** mulberry32: a small, fast 32-bit PRNG; plenty for sample data. */
export class Random {
  private state: number;

  public constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  public next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  public int(min: number, max: number): number {
    return min + floor(this.next() * (max - min + 1));
  }

  public chance(probability: number): boolean {
    return this.next() < probability;
  }

  public pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[floor(this.next() * items.length)];
  }

  /** Picks by relative weight; entries with weight 0 are never picked. */
  public weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
}

/** cyrb128: a 128-bit string hash, so that ids derived from distinct keys do not collide in practice. */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ imul(h1 ^ k, 597399067);
    h2 = h3 ^ imul(h2 ^ k, 2869860233);
    h3 = h4 ^ imul(h3 ^ k, 951274213);
    h4 = h1 ^ imul(h4 ^ k, 2716044179);
  }
  h1 = imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A GUID (8-4-4-4-12, version 4 layout) derived from a text, e.g. a person key. */
export function guidFromText(text: string): string {
  const [a, b, c, d] = hash128(text);
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  const b2 = ((b & 0xffff0fff) | 0x00004000) >>> 0; // version nibble 4
  const c2 = ((c & 0x3fffffff) | 0x80000000) >>> 0; // RFC 4122 variant
  const h = hex(a) + hex(b2) + hex(c2) + hex(d);
  // join() makes one flat string; concatenation would keep a tree of pieces per id (memory at scale).
  return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20, 32)].join('-');
}
