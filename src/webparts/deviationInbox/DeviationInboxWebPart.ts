import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'DeviationInboxWebPartStrings';
import DeviationInbox from './components/DeviationInbox';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';
import { caseFromQuery } from './caseLink';

export interface IDeviationInboxWebPartProps {
  title: string;
}

/** A case to open straight away, from a link such as …/Inkorg.aspx?case=AVV-2026-00042 (or ?case=42). */
function caseIdFromUrl(): string | number | undefined {
  return caseFromQuery(new URLSearchParams(window.location.search).get('case') || undefined);
}

export default class DeviationInboxWebPart extends TryggWebPartBase<IDeviationInboxWebPartProps> {
  protected get usesServices(): boolean {
    return true;
  }

  protected renderContent(): React.ReactElement {
    const services = this.loadedServices as ITryggServices;
    return React.createElement(DeviationInbox, {
      services,
      title: this.properties.title,
      initialCaseId: caseIdFromUrl()
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
