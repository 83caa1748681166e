import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'DeviationReportWebPartStrings';
import DeviationReport from './components/DeviationReport';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';

export interface IDeviationReportWebPartProps {
  title: string;
}

export default class DeviationReportWebPart extends TryggWebPartBase<IDeviationReportWebPartProps> {
  protected get usesServices(): boolean {
    return true;
  }

  protected renderContent(): React.ReactElement {
    const services = this.loadedServices as ITryggServices;
    return React.createElement(DeviationReport, {
      services,
      host: this.host,
      title: this.properties.title,
      // Known without a request, so reports kept on the device are found even when offline.
      userKey: this.context.pageContext.user.email || this.context.pageContext.user.loginName
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
