define([], function () {
  return {
    DateLocale: 'en-GB',
    PeoplePickerSuggestionsHeader: 'Suggestions',
    PeoplePickerNoResults: 'No person found',
    PeoplePickerLoading: 'Searching …',
    PeoplePickerRemove: 'Remove',
    PeoplePickerHint: 'Type at least two letters of the name or email address.',
    KnownPeopleHint: 'Type part of the name or email address, or choose from the list.',
    PeoplePickerSearchFailed: 'The directory search failed. Try again.',
    OverdueAcknowledgement: 'Not acknowledged in time',
    OverdueClosure: 'Not closed in time',
    Overdue: 'Overdue',
    Dismiss: 'Dismiss message',
    StatusLabel: 'Status: {0}',
    TextCount: '{0} of {1} characters',
    TextTooLong: 'The text is {0} characters too long (at most {1}). Nothing was cut: shorten it yourself.',
    TextOnlySpaces: 'Write something, not only spaces.'
  };
});
