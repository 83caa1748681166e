import * as React from 'react';
import { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { titlePropertyPane } from '../../common/propertyPane';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import GovernanceDocuments from './components/GovernanceDocuments';
import { TryggWebPartBase } from '../../common/TryggWebPartBase';
import { ITryggServices } from '../../services/ITryggServices';
import { documentFromQuery } from './documentLink';
import { loadDocumentServices } from '../../services/groups/serviceChunks';

export interface IGovernanceDocumentsWebPartProps {
  title: string;
}

/** A document to open straight away, from a link such as …/Styrande.aspx?document=RL-014 (a reminder mail's link). */
function documentFromUrl(): string | undefined {
  return documentFromQuery(new URLSearchParams(window.location.search).get('document') || undefined);
}

export default class GovernanceDocumentsWebPart extends TryggWebPartBase<IGovernanceDocumentsWebPartProps> {
  protected get usesServices(): boolean {
    return true;
  }

  protected preloadChunks(): Promise<unknown>[] {
    return [loadDocumentServices()];
  }

  protected renderContent(): React.ReactElement {
    const services = this.loadedServices as ITryggServices;
    return React.createElement(GovernanceDocuments, {
      services,
      title: this.properties.title,
      initialDocument: documentFromUrl()
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return titlePropertyPane(strings);
  }
}
