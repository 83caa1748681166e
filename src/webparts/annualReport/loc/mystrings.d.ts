/** Strings of the annual follow-up web part and of the Excel and PDF files it writes. */
declare interface IAnnualReportWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  /** BCP 47 tag for dates and numbers in the files and on the page. */
  Locale: string;
  Intro: string;

  YearLabel: string;
  ScopeLabel: string;
  WholeRegion: string;
  ExcelButton: string;
  PdfButton: string;
  Gathering: string;
  /** {0} how many parts are done, {1} how many in all, {2} the one done last (Steps). */
  StepProgress: string;
  /** By AnnualReportStep. */
  Steps: Record<string, string>;
  WritingExcel: string;
  WritingPdf: string;
  /** {0} the file's name. */
  Downloaded: string;
  WriterUnavailable: string;
  /** {0} the scope and year. */
  PreviewHeading: string;
  /** The file's name before the scope and year (no characters a file system refuses). */
  FileName: string;

  ReportTitle: string;
  /** {0} the year. */
  ReportYear: string;
  /** {0} when. */
  GeneratedAt: string;
  Contents: string;
  /** {0} this page, {1} the pages. */
  PageOf: string;
  Summary: string;
  Figure: string;
  Value: string;

  /** Headings by AnnualReportSection. */
  Sections: Record<string, string>;
  /** Excel sheet names (at most 31 characters) by section, and 'summary'. */
  Sheets: Record<string, string>;
  /** Why a section is not included, by UnavailableReason. */
  Unavailable: Record<string, string>;
  Empty: string;

  GoalsCount: string;
  GoalsReached: string;
  /** By the goal row's field. */
  GoalColumns: Record<string, string>;
  RegionalGoal: string;
  /** By GoalLight. */
  Lights: Record<string, string>;
  /** By GOAL_PRIORITY_KEYS. */
  Priorities: Record<string, string>;

  PdsaUnit: string;
  PdsaCurrentPhase: string;
  PdsaAllDone: string;
  PdsaPhaseSummary: string;
  PdsaPhase: string;
  /** By PhaseState. */
  PhaseStates: Record<string, string>;
  PdsaUnitsDone: string;

  DeviationsTotal: string;
  DeviationsOpen: string;
  DeviationsClosed: string;
  DeviationsRejected: string;
  DeviationsOverdue: string;
  DeviationsOpenActions: string;
  DeviationsMedianClose: string;
  DeviationsByArea: string;
  DeviationsByStatus: string;
  DeviationsByMonth: string;
  SourceLive: string;
  /** {0} when the statistics were compiled. */
  SourceAggregate: string;
  Area: string;
  Status: string;
  Month: string;
  Count: string;
  Total: string;

  RisksActive: string;
  RisksOverdueReviews: string;
  RisksAccepted: string;
  RisksByLevel: string;
  RisksByArea: string;
  RisksByStatus: string;
  RiskLevel: string;
  NotAssessed: string;
  /** By RISK_STATUS_KEYS. */
  RiskStatuses: Record<string, string>;

  ExercisesTotal: string;
  /** By EXERCISE_KIND_KEYS. */
  ExerciseKinds: Record<string, string>;
  Participants: string;
  FollowUpsDone: string;
  FollowUpsOpen: string;
  ExercisesByUnit: string;

  DocumentsTotal: string;
  DocumentsReviewOverdue: string;
  DocumentsExpired: string;
  DocumentsByStatus: string;
  /** By DOCUMENT_STATUS_KEYS. */
  DocumentStatuses: Record<string, string>;

  SelfAssessmentSubmitted: string;
  SelfAssessmentUnits: string;
  SelfAssessmentQuestion: string;
  SelfAssessmentMean: string;
  SelfAssessmentAnswered: string;
  SelfAssessmentNotSubmitted: string;
}

declare module 'AnnualReportWebPartStrings' {
  const strings: IAnnualReportWebPartStrings;
  export = strings;
}
