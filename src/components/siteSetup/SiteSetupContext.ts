import * as React from 'react';
import type { ISiteSetupService } from '../../services/provisioning/SiteSetupService';

/**
 * The site's setup, for the error bar to ask when a read fails as a missing list or field would:
 * given by TryggRoot from the web part's services (absent for web parts without data).
 */
export const SiteSetupContext = React.createContext<ISiteSetupService | undefined>(undefined);
