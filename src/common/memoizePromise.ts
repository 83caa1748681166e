/**
 * Memoizes an asynchronous load: the first call starts it, later calls share its promise. A
 * failure is forgotten, so the next call tries again: a throttled or offline moment must not stick
 * for the rest of the page view.
 */
export interface IMemoizedPromise<T> {
  (): Promise<T>;
  /** Forgets the value (or the load in flight), so the next call loads again. */
  reset(): void;
}

export function memoizePromise<T>(load: () => Promise<T>): IMemoizedPromise<T> {
  let pending: Promise<T> | undefined;
  const get = (): Promise<T> => {
    if (!pending) {
      // A load that throws before returning its promise fails the call, like one that rejects.
      const current = new Promise<T>((resolve) => resolve(load()));
      pending = current;
      // Forget only this load: after a reset a newer one may be in flight.
      current.catch(() => {
        if (pending === current) pending = undefined;
      });
    }
    return pending;
  };
  return Object.assign(get, {
    reset: (): void => {
      pending = undefined;
    }
  });
}

/** memoizePromise per key: each key loads once, and a key whose load failed loads again. */
export function memoizePromiseByKey<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const byKey = new Map<K, IMemoizedPromise<T>>();
  return (key: K): Promise<T> => {
    let get = byKey.get(key);
    if (!get) {
      get = memoizePromise(() => load(key));
      byKey.set(key, get);
    }
    return get();
  };
}
