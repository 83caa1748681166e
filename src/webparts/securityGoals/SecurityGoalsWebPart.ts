import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'SecurityGoalsWebPartStrings';
import SecurityGoals from './components/SecurityGoals';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';
import { goalFromQuery } from './goalLink';
import { loadPdsaServices } from '../../services/groups/serviceChunks';

export interface ISecurityGoalsWebPartProps {
  title: string;
}

/** A goal to open straight away, from a link such as …/Mal.aspx?goal=12 (a reminder mail's link). */
function goalFromUrl(): number | undefined {
  return goalFromQuery(new URLSearchParams(window.location.search).get('goal') || undefined);
}

export default class SecurityGoalsWebPart extends TryggWebPartBase<ISecurityGoalsWebPartProps> {
  protected get usesServices(): boolean {
    return true;
  }

  protected preloadChunks(): Promise<unknown>[] {
    return [loadPdsaServices()];
  }

  protected renderContent(): React.ReactElement {
    const services = this.loadedServices as ITryggServices;
    return React.createElement(SecurityGoals, { services, title: this.properties.title, initialGoalId: goalFromUrl() });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
