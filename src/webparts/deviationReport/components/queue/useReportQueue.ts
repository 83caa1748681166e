import * as React from 'react';
import { IDeviationDraft } from '../../../../domain/deviations/types';
import { IDeviationReportingService } from '../../../../services/deviations/IDeviationReportingService';
import { IQueuedReport, IStorageLike, ReportQueue, SendResult } from '../../../../services/deviations/ReportQueue';
import { runDetached } from '../../../../components/runDetached';

export interface IReportQueueHandle {
  /** False until the user is known: reports are kept per user. */
  readonly ready: boolean;
  /** Reports kept on this device, oldest first (empty until the user is known). */
  readonly pending: readonly IQueuedReport[];
  /**
   * Keeps the report on the device before anything is sent. Undefined when the device would not
   * store it (storage full or refused): then nothing is sent either, and the caller must say so.
   */
  keep(draft: IDeviationDraft, replaceId?: string): IQueuedReport | undefined;
  /** One attempt for a kept report; the result arrives through onResults. */
  send(id: string): void;
  /** Tries everything waiting now, whatever the backoff says. */
  sendNow(): void;
  remove(id: string): void;
}

export interface IReportQueueOptions {
  readonly reporting: IDeviationReportingService;
  readonly storage: IStorageLike;
  /** The signed-in user; undefined while unknown (no queue yet). */
  readonly userKey: string | undefined;
  readonly now: () => Date;
  /** Every attempt's result, from a send or from the background, in the order they ended. */
  readonly onResults: (results: readonly SendResult[]) => void;
}

/**
 * Runs the device's report queue for a component: sends what waits when the page loads and when
 * the browser is back online, retries on the queue's backoff, and follows other tabs' changes.
 */
export function useReportQueue(options: IReportQueueOptions): IReportQueueHandle {
  const { reporting, storage, userKey, now } = options;
  const onResults = React.useRef(options.onResults);
  onResults.current = options.onResults;

  const queue = React.useMemo(
    () => (userKey ? new ReportQueue({ storage, userKey, now, send: (draft, id) => reporting.report(draft, id) }) : undefined),
    [reporting, storage, userKey, now]
  );
  const [pending, setPending] = React.useState<readonly IQueuedReport[]>([]);
  const refresh = React.useCallback(() => setPending(queue ? queue.pending() : []), [queue]);

  // One background pass at a time; a request during a pass runs another pass after it.
  const running = React.useRef(false);
  const again = React.useRef(false);
  const timer = React.useRef<number | undefined>(undefined);
  const mounted = React.useRef(true);

  const flush = React.useCallback(
    async (force: boolean): Promise<void> => {
      if (!queue) return;
      if (running.current) {
        again.current = again.current || force;
        return;
      }
      running.current = true;
      try {
        const results = (await queue.sendPending(force)).filter((result) => result.kind !== 'skipped');
        if (mounted.current && results.length > 0) onResults.current(results);
      } finally {
        // The ref is the lock itself; nothing else sets it while the pass runs.
        running.current = false; // eslint-disable-line require-atomic-updates
      }
      if (!mounted.current) return;
      refresh();
      if (again.current) {
        again.current = false;
        await flush(true);
        return;
      }
      schedule();
    },
    // schedule is declared below and only reads refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queue, refresh]
  );

  function schedule(): void {
    window.clearTimeout(timer.current);
    const wait = queue ? queue.nextRetryInMs() : undefined;
    if (wait !== undefined) timer.current = window.setTimeout(() => runDetached(flush(false)), Math.max(wait, 250));
  }

  React.useEffect(() => {
    mounted.current = true;
    refresh();
    if (!queue) return undefined;
    const whenOnline = (): void => runDetached(flush(true));
    const onStorage = (): void => refresh();
    window.addEventListener('online', whenOnline);
    window.addEventListener('storage', onStorage);
    runDetached(flush(true));
    return () => {
      mounted.current = false;
      window.clearTimeout(timer.current);
      window.removeEventListener('online', whenOnline);
      window.removeEventListener('storage', onStorage);
    };
  }, [queue, flush, refresh]);

  const keep = React.useCallback(
    (draft: IDeviationDraft, replaceId?: string): IQueuedReport | undefined => {
      if (!queue) return undefined;
      try {
        const kept = queue.enqueue(draft, replaceId);
        refresh();
        return kept;
      } catch (error) {
        console.warn('Trygg: the report could not be kept on this device', error);
        return undefined;
      }
    },
    [queue, refresh]
  );

  const send = React.useCallback(
    (id: string): void => {
      if (!queue) return;
      const attempt = async (): Promise<void> => {
        const result = await queue.send(id);
        if (!mounted.current) return;
        // 'skipped': a background pass picked it up first and reports its result itself.
        if (result.kind !== 'skipped') onResults.current([result]);
        refresh();
        schedule();
      };
      runDetached(attempt());
    },
    // schedule only reads refs and the queue.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queue, refresh]
  );

  const sendNow = React.useCallback(() => runDetached(flush(true)), [flush]);
  const remove = React.useCallback(
    (id: string) => {
      if (queue) queue.remove(id);
      refresh();
    },
    [queue, refresh]
  );

  return { ready: !!queue, pending, keep, send, sendNow, remove };
}
