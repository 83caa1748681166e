import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'SecurityOverviewWebPartStrings';
import SecurityOverview from './components/SecurityOverview';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';
import { sitePageLinks } from './homeLinks';

export interface ISecurityOverviewWebPartProps {
  title: string;
}

/** "Min säkerhet" (the folder and key keep their first name, so pages that hold the web part keep working). */
export default class SecurityOverviewWebPart extends TryggWebPartBase<ISecurityOverviewWebPartProps> {
  protected get usesServices(): boolean {
    return true;
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(SecurityOverview, {
      services: this.loadedServices as ITryggServices,
      // The Trygg site's pages: the same site in SharePoint and in a Teams tab.
      links: sitePageLinks(this.context.pageContext.web.absoluteUrl),
      title: this.properties.title
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
