/**
 * `@microsoft/sp-property-pane` as the workbench page provides it: the field builders return the
 * configuration SharePoint's property pane renders (the workbench has no property pane).
 */
export enum PropertyPaneFieldType {
  TextField = 3
}

export interface IPropertyPaneField<TProperties> {
  readonly type: PropertyPaneFieldType;
  readonly targetProperty: string;
  readonly properties: TProperties;
}

export function PropertyPaneTextField<TProperties>(targetProperty: string, properties: TProperties): IPropertyPaneField<TProperties> {
  return { type: PropertyPaneFieldType.TextField, targetProperty, properties };
}
