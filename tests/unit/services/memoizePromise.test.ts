import { memoizePromise, memoizePromiseByKey } from '../../../src/common/memoizePromise';

/** A load whose every call is counted and whose answers the test decides, in order. */
function counted<T>(...answers: (() => Promise<T>)[]): jest.Mock<Promise<T>, []> {
  let call = 0;
  return jest.fn(() => answers[Math.min(call++, answers.length - 1)]());
}

describe('memoizePromise', () => {
  it('loads once and gives the same value on every later call', async () => {
    const value = { id: 1 };
    const load = counted(() => Promise.resolve(value));
    const get = memoizePromise(load);
    expect(await get()).toBe(value);
    expect(await get()).toBe(value);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shares one load between concurrent calls', async () => {
    let answer: (value: number) => void = () => undefined;
    const load = counted(() => new Promise<number>((resolve) => (answer = resolve)));
    const get = memoizePromise(load);
    const calls = [get(), get(), get()];
    answer(7);
    expect(await Promise.all(calls)).toEqual([7, 7, 7]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failure, so the next call loads again', async () => {
    const load = counted<string>(
      () => Promise.reject(new Error('throttled')),
      () => Promise.resolve('ok')
    );
    const get = memoizePromise(load);
    await expect(get()).rejects.toThrow('throttled');
    expect(await get()).toBe('ok');
    expect(await get()).toBe('ok');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('treats a load that throws before returning a promise as a failure', async () => {
    let fail = true;
    const get = memoizePromise(() => {
      if (fail) throw new Error('not yet');
      return Promise.resolve('ok');
    });
    await expect(get()).rejects.toThrow('not yet');
    fail = false;
    expect(await get()).toBe('ok');
  });

  it('loads again after reset, and an earlier load failing later does not forget the newer one', async () => {
    let rejectFirst: (error: Error) => void = () => undefined;
    const load = counted<string>(
      () => new Promise<string>((_resolve, reject) => (rejectFirst = reject)),
      () => Promise.resolve('second')
    );
    const get = memoizePromise(load);
    const first = get();
    get.reset();
    expect(await get()).toBe('second');
    rejectFirst(new Error('late'));
    await expect(first).rejects.toThrow('late');
    expect(await get()).toBe('second');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('memoizePromiseByKey', () => {
  it('loads each key once and retries only the key that failed', async () => {
    const failures = new Set(['b']);
    const load = jest.fn((key: string) => (failures.delete(key) ? Promise.reject(new Error(key)) : Promise.resolve(key.toUpperCase())));
    const get = memoizePromiseByKey(load);
    expect(await get('a')).toBe('A');
    await expect(get('b')).rejects.toThrow('b');
    expect(await get('a')).toBe('A');
    expect(await get('b')).toBe('B');
    expect(load.mock.calls.map(([key]) => key)).toEqual(['a', 'b', 'b']);
  });
});
