import * as React from 'react';
import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'DeviationStatisticsWebPartStrings';
import DeviationStatistics from './components/DeviationStatistics';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';
import { DeviationStatisticsService, IDeviationStatisticsService } from '../../services/deviations/DeviationStatisticsService';

export interface IDeviationStatisticsWebPartProps {
  title: string;
}

export default class DeviationStatisticsWebPart extends TryggWebPartBase<IDeviationStatisticsWebPartProps> {
  private _loadedServices: ITryggServices | undefined;
  private _statistics: IDeviationStatisticsService | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._loadedServices = await this.services();
    // Statistics read whole lists page by page, which ITryggServices does not offer (yet).
    this._statistics = new DeviationStatisticsService(spfi().using(SPFx(this.context)), this._loadedServices.units);
  }

  protected renderContent(): React.ReactElement {
    if (!this._loadedServices || !this._statistics) return React.createElement(React.Fragment);
    return React.createElement(DeviationStatistics, {
      services: this._loadedServices,
      statistics: this._statistics,
      title: this.properties.title
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.BasicGroupName,
              groupFields: [PropertyPaneTextField('title', { label: strings.TitleFieldLabel })]
            }
          ]
        }
      ]
    };
  }
}
