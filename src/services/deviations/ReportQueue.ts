import { IDeviationDraft } from '../../domain/deviations/types';
import { DraftField } from '../../domain/deviations/draftValidation';
import { FieldErrors } from '../../domain/validation';
import { classifyError, ErrorKind } from '../errors';
import { ReportOutcome } from './IDeviationReportingService';

/** The part of the Web Storage API the queue needs: localStorage in the browser, MemoryStorage in tests. */
export interface IStorageLike {
  getItem(key: string): string | null; // eslint-disable-line @rushstack/no-new-null
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A Storage that lives as long as the object: tests, and browsers where localStorage is blocked. */
export class MemoryStorage implements IStorageLike {
  private readonly _values: Map<string, string> = new Map<string, string>();

  // eslint-disable-next-line @rushstack/no-new-null
  public getItem(key: string): string | null {
    const value = this._values.get(key);
    return value === undefined ? null : value; // eslint-disable-line @rushstack/no-new-null
  }

  public setItem(key: string, value: string): void {
    this._values.set(key, String(value));
  }

  public removeItem(key: string): void {
    this._values.delete(key);
  }
}

/** A report kept on this device until the server has confirmed it. */
export interface IQueuedReport {
  /** The client request id: the same on every attempt, so a retry never adds a second case. */
  readonly id: string;
  readonly draft: IDeviationDraft;
  /** ISO instant the reporter pressed send. */
  readonly queuedAt: string;
  readonly attempts: number;
  /** Why the last attempt failed. */
  readonly lastError?: ErrorKind;
  /** ISO instant before which automatic retries wait (backoff). */
  readonly retryAfter?: string;
  /** The server found the report invalid: it waits for the reporter to correct it, not for a retry. */
  readonly rejected?: FieldErrors<DraftField>;
}

export type SendResult =
  | { readonly kind: 'sent'; readonly report: IQueuedReport; readonly outcome: Extract<ReportOutcome, { kind: 'sent' }> }
  | { readonly kind: 'rejected'; readonly report: IQueuedReport; readonly errors: FieldErrors<DraftField> }
  | { readonly kind: 'kept'; readonly report: IQueuedReport; readonly error: ErrorKind }
  /** Already gone (sent by another call) or already being sent. */
  | { readonly kind: 'skipped'; readonly id: string };

export type ReportSender = (draft: IDeviationDraft, clientRequestId: string) => Promise<ReportOutcome>;

export interface IReportQueueOptions {
  readonly storage: IStorageLike;
  /** Reports are kept per user: a shared device must not send one person's report as another's. */
  readonly userKey: string;
  readonly send: ReportSender;
  readonly now?: () => Date;
  /** Client request ids; crypto.randomUUID where there is one. */
  readonly newId?: () => string;
}

const STORAGE_PREFIX = 'trygg.reportQueue.v1:';
const FIRST_RETRY_MS = 5 * 1000;
const LONGEST_RETRY_MS = 10 * 60 * 1000;

/** Wait before the next automatic attempt: 5 s, 10 s, 20 s … up to 10 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * Math.pow(2, Math.max(0, attempts - 1)));
}

/** A version 4 UUID: crypto.randomUUID, or getRandomValues where randomUUID is missing (older WebViews, http). */
export function newClientRequestId(): string {
  const cryptoApi = typeof crypto !== 'undefined' ? crypto : undefined;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') {
    cryptoApi.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.prototype.map.call(bytes, (byte: number) => (byte + 0x100).toString(16).slice(1)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Reports waiting on this device. A report is written here before its first attempt and removed
 * only when the server has confirmed it, so a reload, a lost network or throttling never loses
 * one; every attempt reuses the report's id, so the server adds it once however often it is sent.
 */
export class ReportQueue {
  private readonly _options: IReportQueueOptions;
  private readonly _key: string;
  private readonly _inFlight: Set<string> = new Set<string>();

  constructor(options: IReportQueueOptions) {
    this._options = options;
    this._key = STORAGE_PREFIX + options.userKey.toLowerCase();
  }

  /** Everything waiting, oldest first. */
  public pending(): IQueuedReport[] {
    return this._read();
  }

  public get(id: string): IQueuedReport | undefined {
    return this._read().filter((report) => report.id === id)[0];
  }

  /**
   * Keeps a report before it is sent. With `id` it replaces the draft of a report that was kept
   * but never added (the reporter corrected a rejected report), keeping its id.
   */
  public enqueue(draft: IDeviationDraft, id?: string): IQueuedReport {
    const reports = this._read();
    const existing = id ? reports.filter((report) => report.id === id)[0] : undefined;
    const report: IQueuedReport = {
      id: existing ? existing.id : (this._options.newId || newClientRequestId)(),
      draft,
      queuedAt: existing ? existing.queuedAt : this._now().toISOString(),
      attempts: existing ? existing.attempts : 0
    };
    this._write(existing ? reports.map((r) => (r.id === report.id ? report : r)) : [...reports, report]);
    return report;
  }

  public remove(id: string): void {
    this._write(this._read().filter((report) => report.id !== id));
  }

  /** One attempt for one report, whatever its backoff says (the reporter asked, or just pressed send). */
  public async send(id: string): Promise<SendResult> {
    const report = this.get(id);
    if (!report || this._inFlight.has(id)) return { kind: 'skipped', id };
    this._inFlight.add(id);
    try {
      const outcome = await this._options.send(report.draft, report.id);
      if (outcome.kind === 'sent') {
        this.remove(id);
        return { kind: 'sent', report, outcome };
      }
      const rejected = this._update(id, { rejected: outcome.errors, retryAfter: undefined, lastError: 'validation' });
      return { kind: 'rejected', report: rejected || report, errors: outcome.errors };
    } catch (error) {
      const kind = classifyError(error).kind;
      const attempts = report.attempts + 1;
      const retryAfter = new Date(this._now().getTime() + backoffMs(attempts)).toISOString();
      const kept = this._update(id, { attempts, lastError: kind, retryAfter });
      return { kind: 'kept', report: kept || report, error: kind };
    } finally {
      this._inFlight.delete(id);
    }
  }

  /**
   * Sends what is waiting, one report at a time, oldest first. `force` ignores the backoff
   * (page load, back online, "send now"); rejected reports wait for the reporter either way.
   */
  public async sendPending(force: boolean): Promise<SendResult[]> {
    const results: SendResult[] = [];
    for (const report of this._read()) {
      if (report.rejected) continue;
      if (!force && !this._isDue(report)) continue;
      results.push(await this.send(report.id));
    }
    return results;
  }

  /** Milliseconds until the next automatic attempt is due, or undefined when nothing waits for one. */
  public nextRetryInMs(): number | undefined {
    const waits = this._read()
      .filter((report) => !report.rejected)
      .map((report) => (report.retryAfter ? Date.parse(report.retryAfter) - this._now().getTime() : 0));
    return waits.length > 0 ? Math.max(0, Math.min(...waits)) : undefined;
  }

  private _isDue(report: IQueuedReport): boolean {
    return !report.retryAfter || Date.parse(report.retryAfter) <= this._now().getTime();
  }

  private _update(id: string, changes: Partial<IQueuedReport>): IQueuedReport | undefined {
    let updated: IQueuedReport | undefined;
    this._write(
      this._read().map((report) => {
        if (report.id !== id) return report;
        updated = { ...report, ...changes };
        return updated;
      })
    );
    return updated;
  }

  private _now(): Date {
    return this._options.now ? this._options.now() : new Date();
  }

  private _read(): IQueuedReport[] {
    const text = this._options.storage.getItem(this._key);
    if (!text) return [];
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? (parsed as IQueuedReport[]).filter(isQueuedReport) : [];
    } catch {
      // A damaged entry must not stop the reporter from sending new reports.
      return [];
    }
  }

  private _write(reports: readonly IQueuedReport[]): void {
    if (reports.length === 0) this._options.storage.removeItem(this._key);
    else this._options.storage.setItem(this._key, JSON.stringify(reports));
  }
}

function isQueuedReport(value: unknown): value is IQueuedReport {
  const candidate = value as Partial<IQueuedReport> | undefined;
  return !!candidate && typeof candidate.id === 'string' && typeof candidate.draft === 'object' && !!candidate.draft;
}

/** localStorage when the browser allows it (private modes and strict settings may not): otherwise memory. */
export function deviceStorage(): IStorageLike {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return new MemoryStorage();
  }
}
