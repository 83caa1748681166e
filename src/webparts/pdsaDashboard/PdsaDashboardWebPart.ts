import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'PdsaDashboardWebPartStrings';
import PdsaDashboard from './components/PdsaDashboard';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';
import { loadPdsaServices } from '../../services/groups/serviceChunks';

export interface IPdsaDashboardWebPartProps {
  title: string;
}

export default class PdsaDashboardWebPart extends TryggWebPartBase<IPdsaDashboardWebPartProps> {
  protected get usesServices(): boolean {
    return true;
  }

  protected preloadChunks(): Promise<unknown>[] {
    return [loadPdsaServices()];
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(PdsaDashboard, { services: this.loadedServices as ITryggServices, title: this.properties.title });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
