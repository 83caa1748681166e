import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'SecurityOverviewWebPartStrings';
import SecurityOverview from './components/SecurityOverview';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';

export interface ISecurityOverviewWebPartProps {
  title: string;
}

export default class SecurityOverviewWebPart extends TryggWebPartBase<ISecurityOverviewWebPartProps> {
  protected renderContent(): React.ReactElement {
    return React.createElement(SecurityOverview, { title: this.properties.title });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
