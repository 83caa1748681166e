/** Small measuring helpers for the benchmark: repeated timings and a readable table. */

export interface ITiming {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

export async function time(runs: number, work: () => Promise<unknown>): Promise<ITiming> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)], minMs: samples[0], runs };
}

export function ratio(naive: number, ours: number): string {
  if (ours === 0) return '∞';
  return `${(naive / ours).toFixed(1)}×`;
}

export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
