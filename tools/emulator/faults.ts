/**
 * Fault injection: make chosen requests answer 429/503 with Retry-After, stall, or lose their response
 * after the write was done (so idempotent retries can be tested). Rules match by method and path
 * substring; they fire for the next N matching requests, or for a percentage of them during a time
 * window (with a seeded random generator, so a run is repeatable).
 */
import { randomUUID } from 'node:crypto';

export interface IFaultSpec {
  /** Answer with this status (429 or 503 typically) instead of processing the request. */
  readonly status?: number;
  /** Seconds for Retry-After (default 1) on 429/503 answers. */
  readonly retryAfter?: number;
  /** Delay before the request is processed, in ms. */
  readonly stallMs?: number;
  /**
   * Process the request, then lose the response: 'status' answers `lostStatus` (default 504, which
   * PnPjs retries), 'reset' closes the connection without an answer.
   */
  readonly lose?: 'status' | 'reset';
  readonly lostStatus?: number;
  /** Only requests with this method (after X-HTTP-Method: MERGE, DELETE …). */
  readonly method?: string;
  /** Only requests whose path and query contain this text (case-insensitive). */
  readonly path?: string;
  /** Fire for the next N matching requests, then retire (default 1 unless percent is given). */
  readonly count?: number;
  /** Fire for this percentage of matching requests (0–100). */
  readonly percent?: number;
  /** With percent: the window in ms from now during which the rule is active (default: until cleared). */
  readonly durationMs?: number;
  /** Seed of the random generator for percent rules (default 1). */
  readonly seed?: number;
}

export interface IFaultRule extends IFaultSpec {
  readonly id: string;
  readonly createdAt: number;
  /** How many more times a count rule fires. */
  remaining?: number;
  fired: number;
}

export type FaultAction =
  | { readonly kind: 'respond'; readonly status: number; readonly retryAfter: number; readonly ruleId: string }
  | { readonly kind: 'stall'; readonly ms: number; readonly ruleId: string }
  | { readonly kind: 'lose'; readonly as: 'status' | 'reset'; readonly status: number; readonly ruleId: string };

export interface IFaults {
  add(spec: IFaultSpec): IFaultRule;
  /** Shorthand: the next `count` matching requests answer `status` with Retry-After. */
  failNext(count: number, options?: Omit<IFaultSpec, 'count'>): IFaultRule;
  remove(id: string): boolean;
  clear(): void;
  list(): readonly IFaultRule[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector implements IFaults {
  private rules: IFaultRule[] = [];
  private readonly random = new Map<string, () => number>();

  constructor(private readonly now: () => number = Date.now) {}

  add(spec: IFaultSpec): IFaultRule {
    validateFaultSpec(spec);
    const rule: IFaultRule = {
      ...spec,
      id: randomUUID(),
      createdAt: this.now(),
      remaining: spec.percent === undefined ? spec.count ?? 1 : spec.count,
      fired: 0
    };
    this.rules.push(rule);
    this.random.set(rule.id, mulberry32(spec.seed ?? 1));
    return rule;
  }

  failNext(count: number, options: Omit<IFaultSpec, 'count'> = {}): IFaultRule {
    return this.add({ status: 429, ...options, count });
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
    this.random.clear();
  }

  list(): readonly IFaultRule[] {
    return this.rules;
  }

  /** The fault for this request, if a rule fires; consumes one use of a count rule. */
  match(method: string, pathAndQuery: string): FaultAction | undefined {
    const now = this.now();
    this.rules = this.rules.filter((r) => !(r.durationMs !== undefined && now > r.createdAt + r.durationMs) && r.remaining !== 0);
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (rule.path && !pathAndQuery.toLowerCase().includes(rule.path.toLowerCase())) continue;
      if (rule.percent !== undefined && this.random.get(rule.id)!() * 100 >= rule.percent) continue;
      if (rule.remaining !== undefined) rule.remaining--;
      rule.fired++;
      if (rule.lose) return { kind: 'lose', as: rule.lose, status: rule.lostStatus ?? 504, ruleId: rule.id };
      if (rule.status !== undefined) return { kind: 'respond', status: rule.status, retryAfter: rule.retryAfter ?? 1, ruleId: rule.id };
      return { kind: 'stall', ms: rule.stallMs ?? 0, ruleId: rule.id };
    }
    return undefined;
  }
}

export class FaultSpecError extends Error {}

export function validateFaultSpec(spec: IFaultSpec): void {
  const problems: string[] = [];
  const isInt = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  if (spec.status !== undefined && !isInt(spec.status, 400, 599)) problems.push('status must be an HTTP error status (400–599)');
  if (spec.retryAfter !== undefined && !isInt(spec.retryAfter, 0, 3600)) problems.push('retryAfter must be 0–3600 seconds');
  if (spec.stallMs !== undefined && !isInt(spec.stallMs, 0, 600000)) problems.push('stallMs must be 0–600000');
  if (spec.lose !== undefined && spec.lose !== 'status' && spec.lose !== 'reset') problems.push("lose must be 'status' or 'reset'");
  if (spec.lostStatus !== undefined && !isInt(spec.lostStatus, 400, 599)) problems.push('lostStatus must be 400–599');
  if (spec.count !== undefined && !isInt(spec.count, 1, 1000000)) problems.push('count must be a positive integer');
  if (spec.percent !== undefined && (typeof spec.percent !== 'number' || spec.percent < 0 || spec.percent > 100)) problems.push('percent must be 0–100');
  if (spec.durationMs !== undefined && !isInt(spec.durationMs, 1, 86400000)) problems.push('durationMs must be a positive integer');
  if (spec.seed !== undefined && !isInt(spec.seed, 0, 2 ** 32 - 1)) problems.push('seed must be an unsigned 32-bit integer');
  if (spec.method !== undefined && typeof spec.method !== 'string') problems.push('method must be a string');
  if (spec.path !== undefined && typeof spec.path !== 'string') problems.push('path must be a string');
  if (spec.status === undefined && spec.stallMs === undefined && spec.lose === undefined) problems.push('give status, stallMs or lose');
  if ([spec.status !== undefined, spec.lose !== undefined].filter(Boolean).length > 1) problems.push('status and lose exclude each other');
  if (problems.length) throw new FaultSpecError(problems.join('; '));
}

