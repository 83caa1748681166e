import { memoizePromise } from '../common/memoizePromise';

/** A service whose every member is an async method: it can be called before its code is loaded. */
export type AsyncMembers<T> = { readonly [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * A service whose code loads on its first call (`load` imports its chunk and builds it): a web part
 * downloads only the services it uses, not all of Trygg's. The type allows only services whose
 * members are all async methods, so no caller can read a property before the code is there. A
 * failed load (offline, throttled) is tried again on the next call.
 */
export function lazyService<T extends AsyncMembers<T>>(load: () => Promise<T>): T {
  const loaded = memoizePromise(load);
  const members = new Map<PropertyKey, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy({} as T, {
    get: (_target, member) => {
      // Not a thenable: `await services.risks` must not wait for anything.
      if (typeof member === 'symbol' || member === 'then') return undefined;
      let call = members.get(member);
      if (!call) {
        call = (...args: unknown[]): Promise<unknown> =>
          loaded().then((service) => (service[member as keyof T] as unknown as (...values: unknown[]) => Promise<unknown>).apply(service, args));
        members.set(member, call);
      }
      return call;
    }
  });
}
