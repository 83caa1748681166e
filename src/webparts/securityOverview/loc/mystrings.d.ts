declare interface ISecurityOverviewWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  Intro: string;
  AreasHeading: string;
  PdsaHeading: string;
  PdsaIntro: string;
  PrinciplesHeading: string;
  Principles: string[];
}

declare module 'SecurityOverviewWebPartStrings' {
  const strings: ISecurityOverviewWebPartStrings;
  export = strings;
}
