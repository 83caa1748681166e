declare interface ISecurityOverviewWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  Greeting: string;
  WorkSummary: string;
  NothingToDo: string;
  ReportButton: string;
  HowToReport: string;
  WorkLabel: string;
  Sections: Record<'cases' | 'actions' | 'risks' | 'documents' | 'goals', string>;
  SectionHeading: string;
  Kinds: Record<'case' | 'deviationAction' | 'riskAction' | 'riskReview' | 'documentReview' | 'documentConfirmation' | 'goalMeasurement', string>;
  DueOn: string;
  DueToday: string;
  OverdueSince: string;
  InForceSince: string;
  MeasurementsMissing: string;
  MeasurementMissing: string;
  MoreItems: string;
  UnitHeading: string;
  NoUnit: string;
  GoalsHeading: string;
  NoGoals: string;
  Lights: Record<'onTrack' | 'atRisk' | 'offTrack' | 'noData', string>;
  ProgressText: string;
  PdsaHeading: string;
  PhaseStates: Record<'notStarted' | 'inProgress' | 'done', string>;
  EvidenceMet: string;
  EvidenceNone: string;
  CurrentPhase: string;
  CycleDone: string;
  Truncated: string;
}

declare module 'SecurityOverviewWebPartStrings' {
  const strings: ISecurityOverviewWebPartStrings;
  export = strings;
}
