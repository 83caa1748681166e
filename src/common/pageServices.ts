import { ITryggServices } from '../services/ITryggServices';

/** Where the page keeps Trygg's services: each web part's bundle has its own copy of this module, so the page itself holds them. */
const PAGE_KEY = '__tryggServices';

type PageServices = Record<string, Promise<ITryggServices> | undefined>;

/**
 * The services of the Trygg site at `webUrl` for every Trygg web part on the page: built by the
 * first web part that asks, shared by the others, so the user, their roles and the units are read
 * once per page (CurrentUserService and UnitRepository remember what they read). A failed build is
 * forgotten, so the next web part tries again.
 */
export function pageServices(webUrl: string, create: () => Promise<ITryggServices>, host: object = window): Promise<ITryggServices> {
  const holder = host as Record<string, PageServices | undefined>;
  const byWeb = holder[PAGE_KEY] || (holder[PAGE_KEY] = {});
  const key = webUrl.replace(/\/+$/, '').toLowerCase();
  let services = byWeb[key];
  if (!services) {
    services = create();
    byWeb[key] = services;
    services.catch(() => {
      if (byWeb[key] === services) delete byWeb[key];
    });
  }
  return services;
}
