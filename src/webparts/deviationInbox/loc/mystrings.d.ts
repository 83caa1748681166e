declare interface IDeviationInboxWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;

  // The list
  FilterArea: string;
  FilterType: string;
  FilterUnit: string;
  FilterPeriod: string;
  FilterAny: string;
  PeriodAll: string;
  Period30: string;
  Period90: string;
  Period365: string;
  ClearFilters: string;
  StatusFilterLabel: string;
  StatusOpen: string;
  StatusAll: string;
  /** {0} number of cases shown. */
  ShownCount: string;
  EmptyInbox: string;
  NoMatchingCases: string;
  Refresh: string;
  CaseListLabel: string;
  /** {0} date. */
  ReportedOn: string;
  /** {0} handler's name. */
  HandledBy: string;
  NoHandler: string;

  // The case
  BackToInbox: string;
  ReadOnlyNotice: string;
  ProtectedNotice: string;
  UnprotectedNotice: string;
  MoveToProtected: string;
  /** {0}: the new case number. */
  MovedToProtected: string;
  Saved: string;
  FeedbackSent: string;
  BlockedIntro: string;
  ReportHeading: string;
  DescriptionLabel: string;
  ImmediateActionsLabel: string;
  ReportedByLabel: string;
  ReportedLabel: string;
  OccurredLabel: string;
  UnitLabel: string;
  LocationLabel: string;
  RoutingReasonLabel: string;
  PersonalDataLabel: string;
  SuspectedCrimeLabel: string;
  HandlerLabel: string;
  FieldStatus: string;
  Yes: string;
  No: string;

  ClassificationHeading: string;
  TypeLabel: string;
  AreaLabel: string;
  ActualConsequenceLabel: string;
  PotentialConsequenceLabel: string;
  MsbCategoryLabel: string;
  ChoosePlaceholder: string;
  SaveClassification: string;
  /** In the order of CONSEQUENCE_LEVELS. */
  ConsequenceLevels: string[];
  /** In the order of MSB_INCIDENT_CATEGORIES. */
  MsbCategories: string[];
  /** In the order of MTO_CATEGORIES. */
  MtoCategories: string[];
  /** In the order of ACTION_STATUSES. */
  ActionStatuses: string[];

  CausesHeading: string;
  RiskHeading: string;
  RiskIntro: string;
  RiskTitleLabel: string;
  RaiseRisk: string;
  RiskNumberLabel: string;
  LinkRisk: string;
  /** {0} risk number, {1} case number. */
  RiskRaised: string;
  /** {0} risk number, {1} case number. */
  RiskLinked: string;
  RiskNotFound: string;
  RiskNotYours: string;
  RiskNeedsArea: string;
  RiskNotSaved: string;
  CausesIntro: string;
  CauseCategoryLabel: string;
  CauseTextLabel: string;
  AddCause: string;
  /** {0} the cause's number. */
  RemoveCause: string;
  SaveCauses: string;
  NoCauses: string;

  ActionsHeading: string;
  NoActions: string;
  AddActionHeading: string;
  ActionTitleLabel: string;
  ActionOwnerLabel: string;
  ActionDueLabel: string;
  /** Why a due date cannot be used: invalidDate, inPast, tooFarAhead. */
  DueDateErrors: Record<'invalidDate' | 'inPast' | 'tooFarAhead', string>;
  AddAction: string;
  /** {0} owner's name. */
  ActionOwnerIs: string;
  NoOwner: string;
  /** {0} date. */
  ActionDueOn: string;
  /** {0} date. */
  ActionDoneOn: string;
  MarkActionDone: string;
  /** {0} the action's title. */
  MarkActionDoneFor: string;
  ActionChangedElsewhere: string;

  FeedbackHeading: string;
  /** {0} the reporter's name. */
  FeedbackIntro: string;
  /** {0} the reporter's name. */
  FeedbackIntroProtected: string;
  FeedbackNoReporter: string;
  FeedbackLabel: string;
  SendFeedback: string;
  /** {0} date and time. */
  FeedbackGivenAt: string;
  NoFeedback: string;

  DecisionHeading: string;
  /** Button labels by status key (DEVIATION_STATUS_KEYS). */
  TransitionTo: Record<string, string>;
  /** The button that takes a case in Åtgärdas back to Utreds. */
  BackToInvestigation: string;
  RejectionReasonLabel: string;
  /** {0} the status. */
  NoNextSteps: string;
  /** {0} the reason. */
  RejectedBecause: string;
  /** Why a step cannot be taken, by TransitionBlocker. */
  Blockers: Record<string, string>;
  BlockerOpenActionsOne: string;
  /** {0} number of open actions. */
  BlockerOpenActionsMany: string;

  ApprovalHeading: string;
  ApprovalNeeded: string;
  WaitingForApproval: string;
  Approve: string;
  /** {0} name, {1} date and time. */
  ApprovedBy: string;

  ReassignHeading: string;
  ReassignToLabel: string;
  ReassignNoteLabel: string;
  Reassign: string;
  Escalate: string;
  EscalateHint: string;

  HistoryHeading: string;
  NoHistory: string;

  ConflictHeading: string;
  /** {0} what was being saved (ChangeNames). */
  ConflictIntro: string;
  /** {0} name of whoever saved last. */
  ConflictSavedBy: string;
  ConflictTableCaption: string;
  ConflictField: string;
  ConflictMine: string;
  ConflictTheirs: string;
  ConflictDiffers: string;
  ConflictReapply: string;
  ConflictDiscard: string;
  EmptyValue: string;
  /** By CaseChange kind. */
  ChangeNames: Record<string, string>;
}

declare module 'DeviationInboxWebPartStrings' {
  const strings: IDeviationInboxWebPartStrings;
  export = strings;
}
