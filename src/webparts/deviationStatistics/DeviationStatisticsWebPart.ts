import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'DeviationStatisticsWebPartStrings';
import DeviationStatistics from './components/DeviationStatistics';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';

export interface IDeviationStatisticsWebPartProps {
  title: string;
}

export default class DeviationStatisticsWebPart extends TryggWebPartBase<IDeviationStatisticsWebPartProps> {
  protected get usesServices(): boolean {
    return true;
  }

  protected renderContent(): React.ReactElement {
    const services = this.loadedServices as ITryggServices;
    return React.createElement(DeviationStatistics, {
      services,
      statistics: services.statistics,
      title: this.properties.title
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
