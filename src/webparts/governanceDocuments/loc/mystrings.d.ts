declare interface IGovernanceDocumentsWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  ViewsLabel: string;
  TabTree: string;
  TabList: string;
  TabQueue: string;
  TabApproval: string;
  TabConsultations: string;
  TabReading: string;
  TabRegister: string;
  Refresh: string;
  Cancel: string;
  Today: string;
  /** {0} days. */
  InDays: string;
  /** {0} days. */
  DaysAgo: string;
  Unknown: string;
  EmptyValue: string;
  /** "jag" in "2026-11-24, jag". */
  Me: string;

  // Vocabulary (stored values are Swedish; these are the labels)
  /** By GOVERNING_DOCUMENT_TYPE_KEYS: policy, strategy, guideline, instruction. */
  Types: Record<string, string>;
  /** By DOCUMENT_STATUS_KEYS: draft, consultation, approved, published, withdrawn. */
  Statuses: Record<string, string>;
  /** By DOCUMENT_DECISION_KIND_KEYS. */
  DecisionKinds: Record<string, string>;
  /** In the order of INFORMATION_CLASSES: Öppen, Intern, Konfidentiell. */
  InformationClasses: string[];
  /** By DocumentFlag: withdrawn, expired, reviewOverdue, revision, expiresSoon, reviewDue. */
  Flags: Record<string, string>;
  /** {0} the status. */
  StatusIs: string;
  /** {0} the published status, {1} the status of the version in work. */
  StatusWithRevision: string;
  ScopeRegional: string;
  /** {0} unit. */
  ScopeUnit: string;
  /** {0} unit id. */
  UnknownUnit: string;
  NoAreas: string;
  /** {0} months. */
  IntervalMonths: string;
  IntervalOneMonth: string;
  /** {0} document number, {1} title. */
  OpenDocument: string;
  /** {0} the owner. */
  OwnerIs: string;
  /** {0} unit. */
  SupplementsFor: string;

  // The tree
  TreeIntroReader: string;
  TreeIntroKeeper: string;
  TreeLabel: string;
  NoDocumentsReader: string;
  NoDocumentsKeeper: string;

  // The list
  ListIntroReader: string;
  ListIntroKeeper: string;
  SearchLabel: string;
  SearchHint: string;
  FiltersLabel: string;
  FilterType: string;
  FilterArea: string;
  FilterUnit: string;
  FilterStatus: string;
  FilterOwner: string;
  FilterAny: string;
  FilterExpiringSoon: string;
  FilterExpired: string;
  ClearFilters: string;
  /** {0} documents shown. */
  ShownCount: string;
  NoMatches: string;
  NoMatchesYet: string;
  ShownCountMore: string;
  ShowMore: string;
  SearchOn: string;
  TableCaption: string;
  /** Number, title, type, status, owner, scope, next review, valid until, flags. */
  Columns: string[];

  // A document's page
  BackToDocuments: string;
  DocumentNotFoundHeading: string;
  DocumentNotFound: string;
  OpenFile: string;
  /** {0} the file's size. */
  OpenFileSized: string;
  OpenDraftFile: string;
  /** {0} the file's size. */
  OpenDraftFileSized: string;
  /** {0} the file's name. */
  OpenFileLabel: string;
  NoFile: string;
  /** {0} the edition readers have. */
  RevisionNotice: string;
  FactsHeading: string;
  HeaderCaption: string;
  KeptCaption: string;
  FactType: string;
  FactNumber: string;
  FactInformationClass: string;
  FactApprovedOn: string;
  FactApprovedBy: string;
  FactValidUntil: string;
  FactPreparedBy: string;
  FactOwner: string;
  FactAreas: string;
  FactScope: string;
  FactSupplements: string;
  FactParent: string;
  FactReviewInterval: string;
  FactNextReview: string;
  FactLastReview: string;
  FactEdition: string;
  FactEffectiveFrom: string;
  FactStatus: string;
  FactVersion: string;
  NoParent: string;
  NotVisible: string;
  NoEditionYet: string;
  /** {0} day, {1} who. */
  ReviewedOnBy: string;
  StepsHeading: string;
  ApprovalHeading: string;
  ApprovalIntro: string;
  /** Button texts by DocumentAction. */
  Steps: Record<string, string>;
  /** {0} the step, {1} document number. */
  StepFor: string;
  /** {0} the step, {1} why it is blocked. */
  StepBlocked: string;
  /** Why a step cannot be taken, by the domain's DocumentBlocker (and the function's reasons). */
  Blockers: Record<string, string>;
  Refused: string;
  ChangedElsewhere: string;
  DoneEdited: string;
  DoneUploaded: string;
  DoneRevision: string;
  DoneReviewed: string;
  DoneWithdrawalProposed: string;
  DoneConsultationSent: string;
  DoneApproved: string;
  DoneChangesRequested: string;
  DoneWithdrawn: string;

  // Forms
  /** Field labels by the registration's field names. */
  Fields: Record<string, string>;
  /** A field's problem, by the domain's error key. */
  FieldErrors: Record<string, string>;
  /** A file's problem, by the domain's file error key. */
  FileErrors: Record<string, string>;
  FormErrorsOne: string;
  /** {0} problems. */
  FormErrorsMany: string;
  PlacementLegend: string;
  ReadAudienceLegend: string;
  IntervalHint: string;
  NoParentChoice: string;
  NoSupplementsChoice: string;
  ChooseFile: string;
  ChooseAnotherFile: string;
  /** {0} name, {1} size. */
  ChosenFile: string;
  FileHint: string;
  /** {0} megabytes. */
  SizeMegabytes: string;
  /** {0} kilobytes. */
  SizeKilobytes: string;
  RegisterHeading: string;
  RegisterIntro: string;
  RegisterButton: string;
  Registering: string;
  EditDraftHeading: string;
  EditDraftIntro: string;
  SaveChanges: string;
  /** {0} who, {1} when. */
  EditConflictIntro: string;
  EditConflictKeepMine: string;
  EditConflictTakeTheirs: string;
  UploadHeading: string;
  UploadIntro: string;
  UploadButton: string;
  StartRevisionHeading: string;
  /** {0} the published edition. */
  StartRevisionIntro: string;
  StartRevisionButton: string;
  ConfirmReviewHeading: string;
  /** {0} document number. */
  ConfirmReviewIntro: string;
  ConfirmReviewButton: string;
  NextReviewLabel: string;
  NextReviewHint: string;
  /** {0} the last valid day. */
  NextReviewHintValid: string;
  ReviewNoteLabel: string;
  ConflictHeading: string;
  ConflictCaption: string;
  ConflictField: string;
  ConflictMine: string;
  ConflictTheirs: string;
  ConflictDiffers: string;
  /** {0} who, {1} when. */
  ReviewConflictIntro: string;
  ReviewConflictConfirmAnyway: string;
  ReviewConflictTakeTheirs: string;
  ReviewConflictBlocked: string;
  ProposeWithdrawalHeading: string;
  ProposeWithdrawalIntro: string;
  ProposeWithdrawalLabel: string;
  ProposeWithdrawalButton: string;
  ConsultationSendHeading: string;
  /** {0} document number. */
  ConsultationSendIntro: string;
  ConsultationSendButton: string;
  ConsultationPeopleLabel: string;
  ConsultationUnitsLabel: string;
  ConsultationDeadlineLabel: string;
  ConsultationMessageLabel: string;
  /** {0} unit. */
  PersonManagerOf: string;
  /** {0} unit. */
  PersonCoordinatorOf: string;
  ApproveHeading: string;
  /** {0} document number, {1} the new edition. */
  ApproveIntro: string;
  ApproveButton: string;
  ApprovedByLabel: string;
  ApprovedByHint: string;
  ApprovedOnLabel: string;
  EffectiveFromLabel: string;
  EffectiveFromHint: string;
  ValidUntilLabel: string;
  /** {0} the review interval. */
  ValidUntilHint: string;
  ApprovalNoteLabel: string;
  RequestChangesHeading: string;
  RequestChangesIntro: string;
  RequestChangesLabel: string;
  RequestChangesButton: string;
  WithdrawHeading: string;
  WithdrawIntro: string;
  WithdrawLabel: string;
  WithdrawButton: string;

  // Decisions
  DecisionsHeading: string;
  NoDecisions: string;
  /** Recorded, decision, edition, decided by, recorded by, note. */
  DecisionColumns: string[];
  /** {0} day. */
  DecisionEffectiveFrom: string;
  /** {0} day. */
  DecisionValidUntil: string;
  /** {0} day. */
  DecisionNextReview: string;

  // Consultation
  RoundsHeading: string;
  NoRounds: string;
  /** {0} document number, {1} title, {2} the draft's version. */
  RoundTitle: string;
  RoundOpen: string;
  RoundClosed: string;
  /** {0} day, {1} who. */
  RoundSent: string;
  /** {0} day. */
  RoundDeadline: string;
  /** {0} the recipients. */
  RoundRecipients: string;
  /** {0} unit. */
  RecipientUnit: string;
  RoundMessage: string;
  /** {0} file name. */
  RoundFile: string;
  /** {0} day. */
  RoundClosedOn: string;
  CommentsHeading: string;
  NoComments: string;
  /** {0} who, {1} when. */
  CommentBy: string;
  CommentLate: string;
  /** {0} who, {1} when. */
  AnswerBy: string;
  AnswerButton: string;
  /** {0} the commenter. */
  AnswerFormLabel: string;
  AnswerLabel: string;
  SendAnswer: string;
  /** {0} who answered first. */
  AnsweredMeanwhile: string;
  ShowTheirAnswer: string;
  /** {0} document number. */
  CommentFormLabel: string;
  CommentLabel: string;
  SendComment: string;
  CommentSent: string;
  CloseRoundButton: string;
  CloseRoundHeading: string;
  CloseRoundIntro: string;
  ClosingNoteLabel: string;

  // Read confirmation
  ReadHeading: string;
  ReadNotAsked: string;
  /** {0} people and units. */
  ReadAudience: string;
  ReadNotYetPublished: string;
  /** {0} edition. */
  ReadAskedOfMe: string;
  /** {0} edition. */
  ReadConfirmButton: string;
  /** {0} document number, {1} edition. */
  ReadConfirmFor: string;
  /** {0} edition. */
  ReadConfirmedByMe: string;
  /** {0} confirmed, {1} asked, {2} edition. */
  ReadSummary: string;
  /** {0} count. */
  ReadConfirmedHeading: string;
  /** {0} count. */
  ReadMissingHeading: string;
  /** {0} who, {1} when. */
  ReadConfirmedEntry: string;
  ReadNobodyYet: string;
  ReadEveryone: string;
  /** {0} document numbers. */
  ReadConfirmedList: string;
  ReadRefused: string;
  /** {0} unit. */
  AudienceUnit: string;

  // The queues
  QueueIntro: string;
  QueueEmpty: string;
  /** {0} documents. */
  QueueCount: string;
  /** {0} day, {1} how far ("om 20 dagar"). */
  ReasonReviewDue: string;
  ReasonReviewOverdue: string;
  ReasonExpires: string;
  ReasonExpired: string;
  /** {0} the status. */
  ReasonDraft: string;
  ContinueDraft: string;
  ApprovalQueueIntro: string;
  ApprovalQueueEmpty: string;
  /** {0} documents. */
  ApprovalQueueCount: string;
  /** {0} owner, {1} last editor, {2} when, {3} the edition it would become. */
  ApprovalQueueLine: string;
  OpenForApproval: string;
  /** {0} number, {1} title. */
  OpenForApprovalLabel: string;
  ConsultationsIntro: string;
  ConsultationsEmpty: string;
  /** {0} rounds. */
  ConsultationsCount: string;
  ReadingIntro: string;
  ReadingEmpty: string;
  /** {0} documents. */
  ReadingCount: string;
  /** {0} edition, {1} the day it applies from. */
  ReadingLine: string;
  ReadFile: string;
}

declare module 'GovernanceDocumentsWebPartStrings' {
  const strings: IGovernanceDocumentsWebPartStrings;
  export = strings;
}
