declare interface IDeviationReportWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  Intro: string;
  TabReport: string;
  TabMyReports: string;

  DescriptionLabel: string;
  DescriptionHint: string;
  /** {0} characters typed, {1} the most allowed. */
  CharacterCount: string;
  WhenLegend: string;
  DateLabel: string;
  TimeLabel: string;
  UnitLabel: string;
  UnitPlaceholder: string;
  UnitHint: string;
  UnitsFailed: string;
  LocationLabel: string;
  LocationPlaceholder: string;
  ClassifyHint: string;
  TypeLabel: string;
  AreaLabel: string;
  NotClassified: string;
  ImmediateActionsLabel: string;
  ImmediateActionsPlaceholder: string;
  PersonalDataLabel: string;
  SuspectedCrimeLabel: string;
  ProtectedHint: string;
  Send: string;
  Sending: string;

  ErrorRequiredDescription: string;
  ErrorRequiredWhen: string;
  ErrorRequiredUnit: string;
  /** {0} the fewest characters. */
  ErrorTooShort: string;
  /** {0} the most characters. */
  ErrorTooLong: string;
  ErrorInvalidCharacters: string;
  ErrorInvalidDate: string;
  ErrorInFuture: string;
  /** {0} the oldest an event may be, in days. */
  ErrorTooOld: string;
  ErrorInvalidChoice: string;
  ErrorInvalidNumber: string;
  ErrorSummaryOne: string;
  /** {0} how many fields. */
  ErrorSummaryMany: string;
  ErrorCouldNotSave: string;

  SavedHeading: string;
  SavedOnDevice: string;
  QueueCountOne: string;
  /** {0} how many reports. */
  QueueCountMany: string;
  QueueReasonNetwork: string;
  QueueReasonThrottled: string;
  QueueReasonOther: string;
  SendNow: string;
  /** {0} the headline of the report the server refused. */
  QueueRejected: string;
  QueueRejectedEdit: string;
  /** {0} case numbers, comma separated. */
  QueueSentLater: string;

  ReceiptHeading: string;
  ReceiptCaseNumberLabel: string;
  /** Who received the report, by RoutingReason: {0} the person's name. */
  RecipientRoles: Record<string, string>;
  /** {0} the recipient (from RecipientRoles). */
  RoutedTo: string;
  RoutedManagerAbsent: string;
  RoutedNoManager: string;
  RoutedDirectoryUnavailable: string;
  ReceiptNextHeading: string;
  /** {0} the recipient's name, {1} days to acknowledge. */
  ReceiptNextSteps: string[];
  ReceiptProtected: string;
  ReportAnother: string;
  ShowMyReports: string;

  MyReportsEmpty: string;
  MyReportsRefresh: string;
  /** {0} the date the report was sent. */
  ReportedOn: string;
  /** {0} the date the event happened. */
  OccurredOn: string;
  FeedbackLabel: string;
  NoFeedbackYet: string;
  RejectionReasonLabel: string;
  NoRejectionReason: string;
  WaitingBadge: string;
  WaitingExplanation: string;
}

declare module 'DeviationReportWebPartStrings' {
  const strings: IDeviationReportWebPartStrings;
  export = strings;
}
