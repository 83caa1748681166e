import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'AnnualReportWebPartStrings';
import AnnualReport from './components/AnnualReport';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';
import { loadDocumentServices, loadPdsaServices, loadRiskServices } from '../../services/groups/serviceChunks';

export interface IAnnualReportWebPartProps {
  title: string;
}

export default class AnnualReportWebPart extends TryggWebPartBase<IAnnualReportWebPartProps> {
  protected get usesServices(): boolean {
    return true;
  }

  protected preloadChunks(): Promise<unknown>[] {
    return [loadPdsaServices(), loadRiskServices(), loadDocumentServices()];
  }

  protected renderContent(): React.ReactElement {
    return React.createElement(AnnualReport, { services: this.loadedServices as ITryggServices, title: this.properties.title });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
