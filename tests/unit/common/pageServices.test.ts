import { pageServices } from '../../../src/common/pageServices';
import { ITryggServices } from '../../../src/services/ITryggServices';

const built = (name: string): ITryggServices => ({ name } as unknown as ITryggServices);

describe('the services Trygg web parts on one page share', () => {
  it('are built once per site for every web part on the page, whatever the spelling of its address', async () => {
    const page = {};
    const create = jest.fn(async () => built('first'));
    const first = pageServices('https://region.sharepoint.com/sites/Trygg/', create, page);
    const second = pageServices('https://region.sharepoint.com/sites/trygg', create, page);
    expect(await second).toBe(await first);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('are built apart for another site, and per page', async () => {
    const page = {};
    const one = await pageServices('https://region.sharepoint.com/sites/trygg', async () => built('trygg'), page);
    const other = await pageServices('https://region.sharepoint.com/sites/annan', async () => built('annan'), page);
    const elsewhere = await pageServices('https://region.sharepoint.com/sites/trygg', async () => built('another page'), {});
    expect([one, other, elsewhere].map((services) => (services as unknown as { name: string }).name)).toEqual(['trygg', 'annan', 'another page']);
  });

  it('are built again by the next web part when building failed', async () => {
    const page = {};
    await expect(pageServices('https://region.sharepoint.com/sites/trygg', () => Promise.reject(new Error('offline')), page)).rejects.toThrow('offline');
    expect(await pageServices('https://region.sharepoint.com/sites/trygg', async () => built('second try'), page)).toEqual({ name: 'second try' });
  });
});
