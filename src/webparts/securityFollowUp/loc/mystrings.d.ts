/** Strings of the exercises and internal-control web part (Övningar och egenkontroll). */
declare interface ISecurityFollowUpWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  ViewsLabel: string;
  TabExercises: string;
  TabSelfAssessment: string;
  TabSummary: string;
  YearLabel: string;
  Cancel: string;
  Unknown: string;
  /** {0} the unit id. */
  UnknownUnit: string;
  EmptyValue: string;
  ChooseUnit: string;
  ChooseUnits: string;
  ChooseAreas: string;
  OneDay: string;
  /** {0} days. */
  ManyDays: string;
  /** By EXERCISE_KIND_KEYS. */
  Kinds: Record<string, string>;
  /** Log entry fields by IExerciseInput key. */
  Fields: Record<string, string>;
  /** By the domain error key; unknown for any other. */
  FieldErrors: Record<string, string>;
  ExercisesIntro: string;
  FiltersLabel: string;
  FilterUnit: string;
  FilterKind: string;
  AllUnits: string;
  AllKinds: string;
  NewExercise: string;
  ExerciseSaved: string;
  DueHeading: string;
  DueNone: string;
  DueNever: string;
  /** {0} how long (OneDay/ManyDays), {1} the due day. */
  DueOverdue: string;
  /** {0} the day. */
  DueToday: string;
  /** {0} the due day, {1} how long until then. */
  DueSoon: string;
  /** {0} how many units are due. */
  ShowAllDue: string;
  /** {0} its date, {1} its title. */
  LastExercise: string;
  /** {0} the year. */
  LogHeading: string;
  LogLabel: string;
  LogEmpty: string;
  LogEmptyFiltered: string;
  /** {0} how many. */
  ParticipantsCount: string;
  NoLessons: string;
  NoFollowUps: string;
  /** {0} done, {1} all. */
  FollowUpsDone: string;
  ActionDone: string;
  ActionOpen: string;
  ActionOverdue: string;
  /** {0} the due day. */
  DueBy: string;
  EditExercise: string;
  /** {0} the title. */
  EditExerciseLabel: string;
  NewExerciseHeading: string;
  EditExerciseHeading: string;
  ExerciseFormIntro: string;
  ScenarioHint: string;
  NextDueHint: string;
  NoFollowUpsYet: string;
  /** {0} the row number. */
  FollowUpTitleLabel: string;
  /** {0} the row number. */
  FollowUpDueLabel: string;
  /** {0} the row number. */
  FollowUpDoneLabel: string;
  /** {0} the row number. */
  RemoveFollowUp: string;
  AddFollowUp: string;
  /** {0} the limit. */
  FollowUpsFull: string;
  FormHasErrors: string;
  ExerciseNotPermitted: string;
  SaveExercise: string;
  /** {0} who saved, {1} when. */
  ExerciseConflictIntro: string;
  ConflictHeading: string;
  ConflictCaption: string;
  ConflictField: string;
  ConflictMine: string;
  ConflictTheirs: string;
  ConflictDiffers: string;
  ConflictKeepMine: string;
  ConflictTakeTheirs: string;
  SelfAssessmentIntro: string;
  AssessmentScopeLabel: string;
  AssessmentUnitLabel: string;
  /** {0} the unit, {1} the year. */
  AssessmentHeading: string;
  /** {0} answered, {1} questions. */
  AnsweredCount: string;
  NotStarted: string;
  StatusLabel: string;
  /** draft, submitted. */
  Statuses: Record<string, string>;
  /** {0} who, {1} when. */
  SubmittedBy: string;
  PrinciplesHeading: string;
  PrinciplesIntro: string;
  AreasHeading: string;
  AreasIntro: string;
  /** {0} the principle number (1-8). */
  PrincipleNumber: string;
  PolicyWords: string;
  AnswerLabel: string;
  NotAnswered: string;
  CommentLabel: string;
  CommentRequiredHint: string;
  EvidenceLabel: string;
  EvidenceHint: string;
  EvidenceUrlInvalid: string;
  OneQuestionHasErrors: string;
  /** {0} how many questions. */
  QuestionsHaveErrors: string;
  DraftSaved: string;
  AssessmentSubmitted: string;
  AssessmentNotPermitted: string;
  SubmitHint: string;
  SubmitAssessment: string;
  SaveDraft: string;
  /** {0} who saved, {1} when. */
  AssessmentConflictIntro: string;
  AssessmentSubmittedMeanwhile: string;
  TargetedFollowUpHeading: string;
  TargetedFollowUpIntro: string;
  /** Added to the intro while the assessment can still be answered. */
  TargetedFollowUpAnswer: string;
  TargetedFollowUpAssignment: string;
  /** By answer: 4, 3, 2, 1, na. */
  AnswerLabels: Record<string, string>;
  /** Every SELF_ASSESSMENT_QUESTIONS key: the question in this language. */
  Questions: Record<string, string>;
  /** The policy wording of each principle question, by key. */
  PrincipleSources: Record<string, string>;
  SummaryIntro: string;
  SubmittedHeading: string;
  /** {0} submitted, {1} units. */
  SubmittedCount: string;
  NotSubmittedLabel: string;
  /** {0} the year. */
  QuestionsHeading: string;
  SummaryTableLabel: string;
  ColumnQuestion: string;
  ColumnDistribution: string;
  ColumnMean: string;
  ColumnNotAnswered: string;
  /** {0} the answer, {1} units. */
  SegmentText: string;
  NoAnswers: string;
  NoMean: string;
  AllAnswered: string;
  /** {0} units. */
  UnitsCount: string;
  OrderHeading: string;
  /** {0} the year. */
  OrderIntro: string;
  OrderUnitsLabel: string;
  /** {0} how many. */
  ChooseNotSubmitted: string;
  OrderNoteLabel: string;
  OrderNoteHint: string;
  OrderButton: string;
  /** {0} the units named. */
  Ordered: string;
  OrderNotPermitted: string;
  OrderConflict: string;
}

declare module 'SecurityFollowUpWebPartStrings' {
  const strings: ISecurityFollowUpWebPartStrings;
  export = strings;
}
