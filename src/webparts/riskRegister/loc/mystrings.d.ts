declare interface IRiskRegisterWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  /** Shown to everyone who is neither a manager nor in the security function. */
  NotForYou: string;
  ViewsLabel: string;
  TabRegister: string;
  TabScanning: string;
  TabHeatMap: string;
  TabMatrix: string;
  Cancel: string;

  // The register
  RegisterIntro: string;
  NewRisk: string;
  Refresh: string;
  FiltersLabel: string;
  FilterUnit: string;
  FilterArea: string;
  FilterLevel: string;
  FilterStatus: string;
  FilterAny: string;
  FilterMine: string;
  FilterReviewDue: string;
  FilterAcceptanceExpiring: string;
  StatusOpen: string;
  StatusAll: string;
  SortLabel: string;
  /** By RiskSort: score, nextReview, newest. */
  Sorts: Record<string, string>;
  ClearFilters: string;
  SearchLabel: string;
  SearchHint: string;
  /** {0} rows matching the search, {1} rows loaded. */
  SearchCount: string;
  /** {0} risks loaded, all there are. */
  LoadedCount: string;
  /** {0} risks loaded, more to load. */
  LoadedCountMore: string;
  NoRisks: string;
  ShowMore: string;
  TableCaption: string;
  /** Column headings in order: number, title, unit, area, level, score, status, owner, next review. */
  Columns: string[];
  /** {0} risk number, {1} title. */
  OpenRisk: string;
  NotAssessed: string;
  NoOwner: string;
  /** {0} the matrix version the level is read on. */
  OnMatrixVersion: string;
  /** {0} the heat map kind, {1} the cell (CellName). */
  CellFilterNotice: string;
  ClearCell: string;
  /** {0} likelihood step, {1} consequence step (each "3 Möjlig"). */
  CellName: string;

  // Heat map
  HeatMapIntro: string;
  HeatMapIntroFiltered: string;
  /** {0} risks counted. */
  HeatMapCounted: string;
  /** {0} the most risks counted. */
  /** By HeatMapKind: current, inherent. */
  HeatMapKinds: Record<string, string>;
  /** {0} kind, {1} matrix version. */
  HeatMapCaption: string;
  /** {0} count, {1} level name, {2} the cell. */
  HeatMapCellButton: string;
  /** {0} risks without this assessment. */
  HeatMapNotAssessed: string;
  /** {0} risks re-mapped, {1} the version in force. */
  HeatMapRemapped: string;
  /** {0} risks that could not be placed. */
  HeatMapUnplaced: string;
  GridCorner: string;

  // Matrix
  /** {0} version, {1} when, {2} by whom. */
  MatrixVersionChanged: string;
  /** {0} version, {1} preset name. */
  MatrixVersionPreset: string;
  /** By basis: preset-4x4, preset-5x5, custom. */
  Presets: Record<string, string>;
  MatrixOwnWords: string;
  MatrixReadOnly: string;
  EditMatrix: string;
  MatrixGridCaption: string;
  LikelihoodHeading: string;
  ConsequenceHeading: string;
  LevelsHeading: string;
  AppetiteHeading: string;
  AppetiteIntro: string;
  StepColumn: string;
  DescriptionColumn: string;
  LevelColumn: string;
  ReviewMonthsColumn: string;
  AreaColumn: string;
  AppetiteColumn: string;
  NoLevel: string;
  /** By consequence dimension. */
  Dimensions: Record<string, string>;
  /** {0} the new version. */
  EditorHeading: string;
  EditorIntro: string;
  StartFromLabel: string;
  /** {0} the version in force. */
  StartFromCurrent: string;
  PreviewHeading: string;
  PreviewCaption: string;
  /** {0} the cell. */
  CellLevelFor: string;
  /** {0} step number. */
  StepLegend: string;
  /** Labels of a step's and a level's fields, by name. */
  MatrixFields: Record<string, string>;
  ColorHint: string;
  MatrixErrorsIntro: string;
  /** By MatrixError. */
  MatrixErrors: Record<string, string>;
  /** {0} axis, {1} step, {2} field. */
  PathStep: string;
  /** {0} axis, {1} step, {2} dimension. */
  PathExample: string;
  /** {0} level number, {1} field. */
  PathLevel: string;
  /** {0} area. */
  PathAppetite: string;
  PathMatrix: string;
  MatrixReady: string;
  /** {0} version. */
  SaveMatrix: string;
  /** {0} version. */
  MatrixSaved: string;

  // A risk
  BackToRegister: string;
  NewRiskHeading: string;
  /** {0} risk number. */
  FormLabel: string;
  ReadOnlyNotice: string;
  Saved: string;
  RiskAdded: string;
  ChangedElsewhere: string;
  BlockedIntro: string;
  DescriptionHeading: string;
  ChainLegend: string;
  /** Field labels by IRiskDraft field (and owner, approver). */
  Fields: Record<string, string>;
  /** Field problems by error key. */
  /** The governing document a risk's control rests on, and why it may no longer. */
  DocumentLink: {
    Heading: string;
    Loading: string;
    None: string;
    Linked: string;
    NoValidity: string;
    Pick: string;
    PickPlaceholder: string;
    Save: string;
    Remove: string;
    Refused: string;
    Flags: { missing: string; withdrawn: string; expired: string };
  };
  /** Omvärldsbevakning (environmental scanning). */
  Scanning: {
    Intro: string;
    New: string;
    NewHeading: string;
    EditHeading: string;
    Edit: string;
    Save: string;
    ShowMine: string;
    ShowAll: string;
    ListLabel: string;
    Empty: string;
    Conflict: string;
    FormErrors: string;
    SourceHint: string;
    WholeRegion: string;
    SeenOn: string;
    OpenSource: string;
    Concerns: string;
    RisksHeading: string;
    NoRisks: string;
    ActHeading: string;
    NewRiskTitle: string;
    NewRiskArea: string;
    NewRiskUnit: string;
    RaiseRisk: string;
    LinkRiskNumber: string;
    LinkRisk: string;
    Raised: string;
    Linked: string;
    RiskNotFound: string;
    RiskNotYours: string;
    RiskNotSaved: string;
    Fields: { title: string; source: string; sourceUrl: string; observedOn: string; summary: string; areas: string; units: string };
  };
  FieldErrors: Record<string, string>;
  AssessmentHeading: string;
  /** By assessment kind: inherent, current, target. */
  AssessmentKinds: Record<string, string>;
  /** {0} score. */
  ScoreIs: string;
  ReassessPrompt: string;
  FollowUpHeading: string;
  /** {0} level name, {1} months, {2} date. */
  ReviewSuggestion: string;
  UseSuggestion: string;
  /** {0} date. */
  NextReviewOn: string;
  FormErrorsOne: string;
  /** {0} number of problems. */
  FormErrorsMany: string;
  /** {0} the version in force. */
  ConfirmRemap: string;
  SaveRisk: string;
  AddRisk: string;
  /** {0} from version, {1} to version. */
  RemapLevelChanged: string;
  /** {0} from version, {1} to version. */
  RemapSameLevels: string;
  /** {0} from version, {1} to version. */
  RemapCaption: string;
  RemapAssessment: string;
  /** {0} version. */
  RemapOnVersion: string;
  RemapChange: string;
  /** {0} level before, {1} level after. */
  RemapWasNow: string;
  /** {0} level. */
  RemapUnchanged: string;
  /** {0} the assessments that could not be mapped. */
  RemapUnmapped: string;
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

  // Status
  StatusHeading: string;
  /** {0} status. */
  StatusIs: string;
  NoNextStatus: string;
  /** By status key. */
  Statuses: Record<string, string>;
  /** Button texts by the target status key. */
  TransitionTo: Record<string, string>;
  /** By RiskTransitionBlocker. */
  TransitionBlockers: Record<string, string>;
  BlockerOpenActionsOne: string;
  /** {0} open actions. */
  BlockerOpenActionsMany: string;
  /** By treatment key. */
  Treatments: Record<string, string>;
  /** By source key. */
  Sources: Record<string, string>;
  /** By CIA key. */
  Cia: Record<string, string>;

  // Actions
  ActionsHeading: string;
  NoActions: string;
  AddActionHeading: string;
  ActionTitleLabel: string;
  ActionOwnerLabel: string;
  ActionDueLabel: string;
  ActionCostLabel: string;
  Currency: string;
  AddAction: string;
  /** In ACTION_STATUSES order. */
  ActionStatuses: string[];
  /** {0} name. */
  ActionOwnerIs: string;
  /** {0} date. */
  ActionDueOn: string;
  /** {0} amount. */
  ActionCostIs: string;
  /** {0} date. */
  ActionDoneOn: string;
  StartAction: string;
  /** {0} action title. */
  StartActionFor: string;
  MarkActionDone: string;
  /** {0} action title. */
  MarkActionDoneFor: string;
  EffectCheckLabel: string;
  EffectCheckHint: string;
  SaveDone: string;
  ActionChangedElsewhere: string;

  // Acceptance
  AcceptanceHeading: string;
  /** By AcceptanceStatus. */
  AcceptanceStatuses: Record<string, string>;
  AcceptanceStale: string;
  /** {0} the last day it held. */
  AcceptanceExpired: string;
  /** {0} name, {1} when. */
  RequestedBy: string;
  /** {0} name, {1} when. */
  DecidedBy: string;
  /** {0} date. */
  ValidUntil: string;
  RequestHeading: string;
  RequestNoteLabel: string;
  RequestAcceptance: string;
  DecideHeading: string;
  /** By AcceptanceDecider: manager, securityFunction. */
  DeciderAs: Record<string, string>;
  DecisionLabel: string;
  Grant: string;
  Reject: string;
  RationaleLabel: string;
  ExpiresLabel: string;
  ExpiresHint: string;
  SaveDecision: string;
  AcceptanceRequested: string;
  AcceptanceDecided: string;
  AcceptanceRefused: string;
  /** Request blockers and decision refusals by key. */
  AcceptanceBlockers: Record<string, string>;

  // Linked deviations
  LinkedCasesHeading: string;
  LinkedCasesIntro: string;
  NoLinkedCases: string;

  // Excel import and export
  ImportButton: string;
  ImportPanelTitle: string;
  ImportIntro: string;
  ImportChooseFile: string;
  ImportReading: string;
  ImportFileSummary: string;
  /** {0}: the size limit in MB, {1}: the row limit. */
  ImportRefusals: Record<'empty' | 'tooLarge' | 'notXlsx' | 'oldFormatOrProtected' | 'corrupt' | 'unpackedTooLarge' | 'noSheet' | 'noHeader' | 'noRows' | 'tooManyRows' | 'readerUnavailable', string>;
  ImportColumnsHeading: string;
  ImportColumnsIntro: string;
  ImportColumnsMissing: string;
  ImportColumnsUnused: string;
  ImportColumnNone: string;
  ImportUnnamedColumn: string;
  ImportColumns: Record<
    | 'riskNumber' | 'title' | 'cause' | 'event' | 'consequenceDescription' | 'area' | 'unit' | 'asset' | 'source' | 'threat' | 'vulnerability' | 'cia'
    | 'existingControls' | 'inherentLikelihood' | 'inherentConsequence' | 'currentLikelihood' | 'currentConsequence' | 'targetLikelihood'
    | 'targetConsequence' | 'treatment' | 'owner' | 'approver' | 'reviewIntervalMonths' | 'nextReviewAt',
    string
  >;
  ImportLevelsHeading: string;
  ImportLevelsIntro: string;
  ImportLikelihood: string;
  ImportConsequence: string;
  ImportLevelNone: string;
  ImportStepOption: string;
  ImportNoLevels: string;
  ImportPreviewButton: string;
  ImportPreviewing: string;
  ImportPreviewHeading: string;
  ImportSummary: string;
  ImportOnlyErrors: string;
  ImportColumnRow: string;
  ImportColumnAction: string;
  ImportColumnRisk: string;
  ImportColumnDetails: string;
  ImportActions: Record<'add' | 'update' | 'unchanged' | 'invalid', string>;
  ImportErrorAt: string;
  ImportFields: Record<
    | 'riskNumber' | 'title' | 'cause' | 'event' | 'consequenceDescription' | 'area' | 'unitId' | 'asset' | 'source' | 'threat' | 'vulnerability' | 'cia'
    | 'existingControls' | 'inherent' | 'current' | 'target' | 'treatment' | 'owner' | 'approver' | 'reviewIntervalMonths' | 'nextReviewAt',
    string
  >;
  ImportErrors: Record<
    | 'required' | 'tooShort' | 'tooLong' | 'invalidDate' | 'inFuture' | 'tooOld' | 'invalidChoice' | 'invalidNumber' | 'invalidCharacters'
    | 'notOnMatrix' | 'aboveCurrent' | 'notApplicable' | 'inPast' | 'tooFarAhead' | 'longerThanCadence' | 'invalidRiskNumber' | 'riskNotFound'
    | 'duplicateInFile' | 'unknownUnit' | 'ambiguousUnit' | 'notPermitted' | 'invalidEmail' | 'unknownPerson' | 'unknownLevel' | 'incomplete'
    | 'matrixVersion',
    string
  >;
  ImportSkipInvalid: string;
  ImportConfirm: string;
  ImportNothingToDo: string;
  ImportApplying: string;
  ImportResultHeading: string;
  ImportOutcomes: Record<'added' | 'alreadyAdded' | 'updated' | 'unchanged' | 'skipped' | 'conflict' | 'unknownPerson' | 'failed' | 'notAttempted', string>;
  ImportOutcomeCount: string;
  ImportRowsNotSaved: string;
  ImportStopped: string;
  ImportAnotherFile: string;
  ImportClose: string;
  ExportButton: string;
  ExportWorking: string;
  ExportTooMany: string;
  ExportFileName: string;
  ExportSheetRisks: string;
  ExportSheetMatrix: string;
  ExportLikelihood: string;
  ExportConsequence: string;
  ExportLevels: string;
  ExportStep: string;
  ExportName: string;
  ExportDescription: string;
}

declare module 'RiskRegisterWebPartStrings' {
  const strings: IRiskRegisterWebPartStrings;
  export = strings;
}
