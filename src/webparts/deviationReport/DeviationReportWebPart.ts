import * as React from 'react';
import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'DeviationReportWebPartStrings';
import DeviationReport from './components/DeviationReport';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';

export interface IDeviationReportWebPartProps {
  title: string;
}

export default class DeviationReportWebPart extends TryggWebPartBase<IDeviationReportWebPartProps> {
  private _loadedServices: ITryggServices | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._loadedServices = await this.services();
  }

  protected renderContent(): React.ReactElement {
    if (!this._loadedServices) return React.createElement(React.Fragment);
    return React.createElement(DeviationReport, {
      services: this._loadedServices,
      host: this.host,
      title: this.properties.title,
      // Known without a request, so reports kept on the device are found even when offline.
      userKey: this.context.pageContext.user.email || this.context.pageContext.user.loginName
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
