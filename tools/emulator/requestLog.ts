/** A log of the HTTP requests the emulator answered, so tests and the benchmark can count requests per view. */

export interface ILoggedRequest {
  readonly seq: number;
  readonly at: string;
  readonly method: string;
  /** Path and query as received. */
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly user?: string;
  /** For `$batch`: the number of requests inside. */
  readonly batchParts?: number;
  /** The fault rule that answered, if any. */
  readonly fault?: string;
}

export interface IRequestFilter {
  readonly method?: string;
  readonly pathContains?: string;
}

export interface IRequestLog {
  list(filter?: IRequestFilter): readonly ILoggedRequest[];
  count(filter?: IRequestFilter): number;
  reset(): void;
}

const MAX_ENTRIES = 20000;

export class RequestLog implements IRequestLog {
  private entries: ILoggedRequest[] = [];
  private seq = 0;

  record(entry: Omit<ILoggedRequest, 'seq'>): void {
    this.entries.push({ ...entry, seq: ++this.seq });
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(filter: IRequestFilter = {}): readonly ILoggedRequest[] {
    return this.entries.filter(
      (e) =>
        (!filter.method || e.method.toUpperCase() === filter.method.toUpperCase()) &&
        (!filter.pathContains || e.path.toLowerCase().includes(filter.pathContains.toLowerCase()))
    );
  }

  count(filter: IRequestFilter = {}): number {
    return this.list(filter).length;
  }

  reset(): void {
    this.entries = [];
  }
}
