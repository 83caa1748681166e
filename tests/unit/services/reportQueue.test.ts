import { IDeviationDraft } from '../../../src/domain/deviations/types';
import { isClientRequestId } from '../../../src/domain/validation';
import { ReportOutcome } from '../../../src/services/deviations/IDeviationReportingService';
import { backoffMs, MemoryStorage, newClientRequestId, ReportQueue, ReportSender } from '../../../src/services/deviations/ReportQueue';

const draft: IDeviationDraft = {
  title: '',
  description: 'Dörren till medicinrummet stod öppen.',
  occurredAt: '2026-11-20T07:30:00.000Z',
  unitId: 12,
  involvesPersonalData: false,
  suspectedCrime: false
};

function sentOutcome(id: string): ReportOutcome {
  return {
    kind: 'sent',
    deviation: { id: 42, caseNumber: 'AVV-2026-00042', clientRequestId: id } as never,
    routing: { handler: { displayName: 'Lars Holm', email: 'lars.holm@regionexempel.se' }, reason: 'Chef' }
  };
}

function throttled(): Error {
  return Object.assign(new Error('Service Unavailable'), { status: 503 });
}

describe('ReportQueue', () => {
  let clock: Date;
  let storage: MemoryStorage;
  const now = (): Date => clock;
  const queueFor = (send: ReportSender, userKey = 'anna.svensson@regionexempel.se'): ReportQueue =>
    new ReportQueue({ storage, userKey, send, now });

  beforeEach(() => {
    clock = new Date('2026-11-20T08:00:00.000Z');
    storage = new MemoryStorage();
  });

  it('keeps the report before the first attempt and removes it only when the server confirmed it', async () => {
    let seenWhileSending = 0;
    const send = jest.fn(async (_draft: IDeviationDraft, id: string) => {
      // Called only after `queue` below exists.
      // eslint-disable-next-line @typescript-eslint/no-use-before-define
      seenWhileSending = queue.pending().length;
      return sentOutcome(id);
    });
    const queue = queueFor(send);
    const kept = queue.enqueue(draft);
    expect(isClientRequestId(kept.id)).toBe(true);
    expect(queue.pending()).toEqual([expect.objectContaining({ id: kept.id, draft, attempts: 0 })]);

    const result = await queue.send(kept.id);
    expect(seenWhileSending).toBe(1);
    expect(result.kind).toBe('sent');
    expect(send).toHaveBeenCalledWith(draft, kept.id);
    expect(queue.pending()).toEqual([]);
  });

  it('keeps a report that failed, backs off, and retries it with the same id', async () => {
    const ids: string[] = [];
    let fail = true;
    const queue = queueFor(async (_draft, id) => {
      ids.push(id);
      if (fail) throw throttled();
      return sentOutcome(id);
    });
    const kept = queue.enqueue(draft);

    const first = await queue.send(kept.id);
    expect(first).toEqual(expect.objectContaining({ kind: 'kept', error: 'throttled' }));
    expect(queue.pending()[0]).toEqual(expect.objectContaining({ attempts: 1, lastError: 'throttled' }));
    expect(queue.nextRetryInMs()).toBe(backoffMs(1));

    // Not due yet: an automatic pass leaves it alone; a forced one ("send now", online) does not.
    expect(await queue.sendPending(false)).toEqual([]);
    await queue.sendPending(true);
    expect(queue.pending()[0].attempts).toBe(2);
    expect(queue.nextRetryInMs()).toBe(backoffMs(2));

    fail = false;
    clock = new Date(clock.getTime() + backoffMs(2));
    const [last] = await queue.sendPending(false);
    expect(last.kind).toBe('sent');
    expect(queue.pending()).toEqual([]);
    expect(new Set(ids)).toEqual(new Set([kept.id]));
    expect(ids).toHaveLength(3);
  });

  it('survives a reload: a new queue over the same storage finds the report and sends it', async () => {
    const first = queueFor(async () => {
      throw new TypeError('Failed to fetch');
    });
    const kept = first.enqueue(draft);
    expect((await first.send(kept.id)).kind).toBe('kept');

    const send = jest.fn(async (_draft: IDeviationDraft, id: string) => sentOutcome(id));
    const afterReload = queueFor(send);
    expect(afterReload.pending().map((report) => report.id)).toEqual([kept.id]);
    await afterReload.sendPending(true);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(draft, kept.id);
    expect(afterReload.pending()).toEqual([]);
  });

  it('sends a report once when two passes race for it', async () => {
    let release: () => void = () => undefined;
    const send = jest.fn(
      (_draft: IDeviationDraft, id: string) => new Promise<ReportOutcome>((resolve) => (release = () => resolve(sentOutcome(id))))
    );
    const queue = queueFor(send);
    const kept = queue.enqueue(draft);
    const first = queue.send(kept.id);
    const second = await queue.sendPending(true);
    expect(second).toEqual([{ kind: 'skipped', id: kept.id }]);
    release();
    expect((await first).kind).toBe('sent');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('holds a report the server refused until the reporter corrects it, keeping its id', async () => {
    const send = jest.fn(async (_draft: IDeviationDraft, id: string): Promise<ReportOutcome> =>
      _draft.description.length > 40 ? sentOutcome(id) : { kind: 'invalid', errors: { occurredAt: 'tooOld' } }
    );
    const queue = queueFor(send);
    const kept = queue.enqueue(draft);
    const refused = await queue.send(kept.id);
    expect(refused).toEqual(expect.objectContaining({ kind: 'rejected', errors: { occurredAt: 'tooOld' } }));
    expect(await queue.sendPending(true)).toEqual([]);
    expect(queue.nextRetryInMs()).toBeUndefined();

    const corrected = queue.enqueue({ ...draft, description: `${draft.description} Larmet gick inte.` }, kept.id);
    expect(corrected.id).toBe(kept.id);
    expect(queue.pending()).toHaveLength(1);
    expect(queue.pending()[0].rejected).toBeUndefined();
    expect((await queue.send(kept.id)).kind).toBe('sent');
  });

  it('keeps each user’s reports apart on a shared device', () => {
    const send = jest.fn();
    queueFor(send, 'Anna.Svensson@regionexempel.se').enqueue(draft);
    expect(queueFor(send, 'sara.lind@regionexempel.se').pending()).toEqual([]);
    expect(queueFor(send, 'anna.svensson@regionexempel.se').pending()).toHaveLength(1);
  });

  it('treats a damaged entry as empty rather than failing', () => {
    storage.setItem('trygg.reportQueue.v1:anna.svensson@regionexempel.se', '{not json');
    const queue = queueFor(jest.fn());
    expect(queue.pending()).toEqual([]);
    expect(queue.enqueue(draft).id).toBeTruthy();
  });

  it('backs off from 5 seconds, doubling, to at most 10 minutes', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5000, 10000, 20000, 40000]);
    expect(backoffMs(30)).toBe(10 * 60 * 1000);
  });
});

describe('newClientRequestId', () => {
  it('makes UUIDs the service accepts, also where crypto.randomUUID is missing', () => {
    expect(isClientRequestId(newClientRequestId())).toBe(true);
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const ids = new Set(Array.from({ length: 50 }, () => newClientRequestId()));
      expect(ids.size).toBe(50);
      ids.forEach((id) => expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
