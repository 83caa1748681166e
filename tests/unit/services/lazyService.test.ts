import { lazyService } from '../../../src/services/lazyService';

interface IGreeter {
  greet(name: string): Promise<string>;
  count(): Promise<number>;
}

class Greeter implements IGreeter {
  private _calls = 0;

  public async greet(name: string): Promise<string> {
    this._calls += 1;
    return `Hej ${name}`;
  }

  public async count(): Promise<number> {
    return this._calls;
  }
}

describe('a service loaded on its first call', () => {
  it('loads nothing until called, then once for every member, with the service as this', async () => {
    const load = jest.fn(() => Promise.resolve(new Greeter()));
    const greeter = lazyService<IGreeter>(load);
    expect(load).not.toHaveBeenCalled();
    await expect(Promise.all([greeter.greet('Anna'), greeter.greet('Lars')])).resolves.toEqual(['Hej Anna', 'Hej Lars']);
    await expect(greeter.count()).resolves.toBe(2);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the load again after a failure (offline, throttled)', async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(new Greeter());
    const greeter = lazyService<IGreeter>(load);
    await expect(greeter.greet('Anna')).rejects.toThrow('offline');
    await expect(greeter.greet('Anna')).resolves.toBe('Hej Anna');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('is not a thenable: awaiting the service itself loads nothing', async () => {
    const load = jest.fn(() => Promise.resolve(new Greeter()));
    const greeter = lazyService<IGreeter>(load);
    expect(await Promise.resolve(greeter)).toBe(greeter);
    expect(load).not.toHaveBeenCalled();
  });
});
