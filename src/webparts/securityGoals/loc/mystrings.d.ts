declare interface ISecurityGoalsWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  Intro: string;
  /** The decimal mark a number is shown with for editing (both marks are accepted when typed). */
  DecimalMark: string;

  // The list
  YearLabel: string;
  FiltersLabel: string;
  FilterUnit: string;
  FilterArea: string;
  FilterAny: string;
  ClearFilters: string;
  NewGoal: string;
  /** {0} the year. */
  ListLabel: string;
  /** {0} how many. */
  ShownCount: string;
  /** {0} the year. */
  EmptyList: string;
  RegionalGoal: string;
  ContributingHeading: string;
  OrphansHeading: string;
  /** {0} the priority. */
  PriorityShort: string;
  /** {0} baseline with unit, {1} target with unit, {2} target date. */
  FromTo: string;
  /** {0} value with unit, {1} date measured. */
  LatestValue: string;
  NoValueYet: string;
  /** {0} percent. */
  ProgressText: string;
  /** {0} percent. */
  ExpectedText: string;
  Reached: string;
  /** By GoalLight: onTrack, atRisk, offTrack, noData. */
  Lights: Record<string, string>;
  /** {0} the light in words. */
  LightLabel: string;

  // Measurements due
  /** Twelve month names, January first. */
  Months: string[];
  /** By MEASUREMENT_FREQUENCY_KEYS: {0} the month name or the period's number (the year for a year). */
  Periods: Record<string, string>;
  /** {0} the period, {1} its year (when not the goal's). */
  PeriodWithYear: string;
  /** {0} the period. */
  DueSentence: string;
  /** {0} how many more periods are due. */
  DueMore: string;

  // A goal's page
  BackToList: string;
  FactsHeading: string;
  /** {0} the unit. */
  ScopeUnitGoal: string;
  ActivitiesHeading: string;
  ActivitiesCaption: string;
  NoActivities: string;
  /** {0} the amount. */
  TotalCost: string;
  TotalCostNote: string;
  Currency: string;
  /** {0} the amount. */
  CostAmount: string;
  NoCost: string;
  MeasurementsHeading: string;
  MeasurementsCaption: string;
  NoMeasurements: string;
  MeasuredBy: string;
  /** {0} the target with unit. */
  ChartLabel: string;
  /** {0} the target. */
  ChartTarget: string;
  /** {0} the baseline. */
  ChartBaseline: string;
  AddMeasurementHeading: string;
  AddMeasurement: string;
  MeasurementAdded: string;
  /** By IMeasurementInput field. */
  MeasurementFields: Record<string, string>;
  ValueHint: string;

  // Forms
  EditGoal: string;
  EditGoalHeading: string;
  NewGoalHeading: string;
  SaveGoal: string;
  AddGoal: string;
  Cancel: string;
  Saved: string;
  GoalAdded: string;
  ReadOnlyNotice: string;
  NotPermitted: string;
  NotPermittedMeasurement: string;
  MeasurementConflict: string;
  FormErrorsOne: string;
  /** {0} how many. */
  FormErrorsMany: string;
  /** By IGoalInput field (and scope). */
  Fields: Record<string, string>;
  ScopeRegional: string;
  ParentNone: string;
  UnitOfMeasureHint: string;
  ActivitiesEditorHint: string;
  AddActivity: string;
  /** {0} the row's number. */
  RemoveActivity: string;
  /** {0} the row's number. */
  ActivityRow: string;
  /** By IGoalActivity field. */
  ActivityFields: Record<string, string>;
  /** By the index in GOAL_ACTIVITY_STATUSES. */
  ActivityStatuses: string[];
  /** By GOAL_PRIORITY_KEYS. */
  Priorities: Record<string, string>;
  /** By GOAL_DIRECTION_KEYS. */
  Directions: Record<string, string>;
  /** By MEASUREMENT_FREQUENCY_KEYS. */
  Frequencies: Record<string, string>;
  /** By GoalFieldError. */
  FieldErrors: Record<string, string>;

  // Conflict
  ConflictHeading: string;
  /** {0} when the stored version was saved. */
  ConflictIntro: string;
  ConflictCaption: string;
  ConflictField: string;
  ConflictMine: string;
  ConflictTheirs: string;
  ConflictKeepMine: string;
  ConflictTakeTheirs: string;
  EmptyValue: string;
}

declare module 'SecurityGoalsWebPartStrings' {
  const strings: ISecurityGoalsWebPartStrings;
  export = strings;
}
