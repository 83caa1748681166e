import { SPFI } from '@pnp/sp';
import { SiteSchemaStatus, siteSchemaStatus } from './siteSchemaStatus';
import type { IProvisioningReport } from './provisionSchema';
import type { IProvisioningStep } from './provisionLists';

/**
 * A site's Trygg installation as a web part sees it on first run: where the site stands against
 * this code's schema (asked only after a read failed as a missing list or field would, never on
 * every load) and, for a site owner, setting it up or upgrading it from the page.
 */
export interface ISiteSetupService {
  /** Asked once per page load; later calls get the same answer until `setUp` runs. */
  status(): Promise<SiteSchemaStatus>;
  /** Provisions or upgrades the schema with the signed-in user's rights (a site owner's). */
  setUp(onStep?: (step: IProvisioningStep) => void): Promise<IProvisioningReport>;
}

export class SiteSetupService implements ISiteSetupService {
  private _status: Promise<SiteSchemaStatus> | undefined;

  constructor(private readonly _sp: SPFI) {}

  public status(): Promise<SiteSchemaStatus> {
    if (!this._status) {
      this._status = siteSchemaStatus(this._sp);
      // A failed check is asked again next time, not remembered.
      this._status.catch(() => (this._status = undefined));
    }
    return this._status;
  }

  public async setUp(onStep?: (step: IProvisioningStep) => void): Promise<IProvisioningReport> {
    // Provisioning is the whole schema: its own chunk, downloaded by the one person who sets up.
    const { provisionSchema } = await import(/* webpackChunkName: 'trygg-site-setup' */ './provisionSchema');
    try {
      return await provisionSchema(this._sp, { onStep });
    } finally {
      this._status = undefined;
    }
  }
}
