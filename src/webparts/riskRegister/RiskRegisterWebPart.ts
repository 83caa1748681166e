import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'RiskRegisterWebPartStrings';
import RiskRegister from './components/RiskRegister';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';
import { riskFromQuery } from './riskLink';
import { loadRiskServices } from '../../services/groups/serviceChunks';

export interface IRiskRegisterWebPartProps {
  title: string;
}

/** A risk to open straight away, from a link such as …/Risker.aspx?risk=RISK-00042 (a reminder mail's link). */
function riskFromUrl(): string | undefined {
  return riskFromQuery(new URLSearchParams(window.location.search).get('risk') || undefined);
}

export default class RiskRegisterWebPart extends TryggWebPartBase<IRiskRegisterWebPartProps> {
  protected get usesServices(): boolean {
    return true;
  }

  protected preloadChunks(): Promise<unknown>[] {
    return [loadRiskServices()];
  }

  protected renderContent(): React.ReactElement {
    const services = this.loadedServices as ITryggServices;
    return React.createElement(RiskRegister, {
      services,
      title: this.properties.title,
      initialRiskNumber: riskFromUrl()
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
