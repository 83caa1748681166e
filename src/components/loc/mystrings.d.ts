/** Strings of the shared components in src/components (people picker, markers, error bars). */
declare interface ITryggComponentStrings {
  /** BCP 47 tag used to format dates and numbers in the UI language. */
  DateLocale: string;
  PeoplePickerSuggestionsHeader: string;
  PeoplePickerNoResults: string;
  PeoplePickerLoading: string;
  PeoplePickerRemove: string;
  PeoplePickerHint: string;
  /** Under KnownPeoplePicker: people the site knows, found by part of a name. */
  KnownPeopleHint: string;
  PeoplePickerSearchFailed: string;
  OverdueAcknowledgement: string;
  OverdueClosure: string;
  Overdue: string;
  Dismiss: string;
  StatusLabel: string;
  /** {0} characters written, {1} the limit. */
  TextCount: string;
  /** {0} characters too many, {1} the limit. */
  TextTooLong: string;
  TextOnlySpaces: string;
  /** The site has no Trygg lists (first run). */
  SetupMissing: string;
  /** {0} the site's schema version, {1} the app's. */
  SetupBehind: string;
  /** {0} the site's schema version, {1} the app's (older). */
  SetupAhead: string;
  SetupOffer: string;
  SetupAskOwner: string;
  SetupCreate: string;
  SetupUpgrade: string;
  SetupRunningLabel: string;
  /** {0} steps done so far. */
  SetupRunning: string;
  /** {0} the version reached. */
  SetupDone: string;
  SetupReload: string;
  /** {0} the groups created, comma-separated. */
  SetupGroupsCreated: string;
  /** {0} what stopped it. */
  SetupFailed: string;
}

declare module 'TryggComponentStrings' {
  const strings: ITryggComponentStrings;
  export = strings;
}
