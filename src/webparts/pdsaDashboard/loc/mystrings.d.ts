declare interface IPdsaDashboardWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  Intro: string;
  NotForYou: string;
  YearLabel: string;
  AreaLabel: string;
  AllAreas: string;
  /** Caption of the matrix: {0} the year, {1} the area or "all areas". */
  MatrixCaption: string;
  UnitColumn: string;
  Expand: string;
  Collapse: string;
  /** {0} unit name: the button that opens the unit's cycle. */
  OpenCycle: string;
  /** By PhaseState: notStarted, inProgress, done. */
  PhaseStates: Record<string, string>;
  /** {0} children done, {1} children in all. */
  ChildrenDone: string;
  /** {0} phase, {1} state: a cell's accessible label. */
  CellLabel: string;
  /** {0} the unit's comment count on the row. */
  CommentCount: string;
  Back: string;
  /** {0} unit, {1} year. */
  CycleHeading: string;
  /** {0} area. */
  CycleArea: string;
  CurrentPhase: string;
  CycleComplete: string;
  /** {0} the state of a parent's own evidence, beside the state rolled up from its units. */
  OwnState: string;
  ChildrenNotDone: string;
  NoOwnEvidence: string;
  EvidenceHeading: string;
  /** By EvidenceState: met, partial, missing, notApplicable. */
  EvidenceStates: Record<string, string>;
  /** By EvidenceKey: "{0} of {1} …" where there is a total, else "{0} …". */
  Evidence: Record<string, string>;
  /** By EvidenceKey: what it says when nothing applies (or there is nothing to count). */
  EvidenceNone: Record<string, string>;
  SelfAssessmentDraft: string;
  CommentsHeading: string;
  NoComments: string;
  /** {0} author, {1} date. */
  CommentBy: string;
  CommentLabel: string;
  CommentHint: string;
  CommentRequired: string;
  CommentSave: string;
  CommentSaved: string;
  CommentNotPermitted: string;
  CommentsOnlyBy: string;
  UnitNotFound: string;
}

declare module 'PdsaDashboardWebPartStrings' {
  const strings: IPdsaDashboardWebPartStrings;
  export = strings;
}
