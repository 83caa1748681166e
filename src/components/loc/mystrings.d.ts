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
}

declare module 'TryggComponentStrings' {
  const strings: ITryggComponentStrings;
  export = strings;
}
