import * as React from 'react';

export type AsyncData<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: unknown }
  | { readonly state: 'ready'; readonly value: T };

/**
 * Loads once per change of `deps` and again on reload(); an answer that arrives after the
 * component moved on (unmounted or new deps) is dropped, so it never overwrites newer state.
 */
export function useAsyncData<T>(load: () => Promise<T>, deps: React.DependencyList): [AsyncData<T>, () => void, (value: T) => void] {
  const [data, setData] = React.useState<AsyncData<T>>({ state: 'loading' });
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setData({ state: 'loading' });
    load().then(
      (value) => current && setData({ state: 'ready', value }),
      (error: unknown) => current && setData({ state: 'failed', error })
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  const reload = React.useCallback(() => setGeneration((value) => value + 1), []);
  const replace = React.useCallback((value: T) => setData({ state: 'ready', value }), []);
  return [data, reload, replace];
}
