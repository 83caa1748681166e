import * as React from 'react';
import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'DeviationInboxWebPartStrings';
import DeviationInbox from './components/DeviationInbox';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';

export interface IDeviationInboxWebPartProps {
  title: string;
}

/** A case to open straight away, from a link such as …/Inkorg.aspx?case=42. */
function caseIdFromUrl(): number | undefined {
  const value = Number(new URLSearchParams(window.location.search).get('case'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export default class DeviationInboxWebPart extends TryggWebPartBase<IDeviationInboxWebPartProps> {
  private _loadedServices: ITryggServices | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._loadedServices = await this.services();
  }

  protected renderContent(): React.ReactElement {
    if (!this._loadedServices) return React.createElement(React.Fragment);
    return React.createElement(DeviationInbox, {
      services: this._loadedServices,
      title: this.properties.title,
      initialCaseId: caseIdFromUrl()
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
