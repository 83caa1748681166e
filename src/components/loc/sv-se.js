define([], function () {
  return {
    DateLocale: 'sv-SE',
    PeoplePickerSuggestionsHeader: 'Förslag',
    PeoplePickerNoResults: 'Ingen person hittades',
    PeoplePickerLoading: 'Söker …',
    PeoplePickerRemove: 'Ta bort',
    PeoplePickerHint: 'Skriv minst två bokstäver i namnet eller e-postadressen.',
    KnownPeopleHint: 'Skriv en del av namnet eller e-postadressen, eller välj i listan.',
    PeoplePickerSearchFailed: 'Sökningen i katalogen misslyckades. Försök igen.',
    OverdueAcknowledgement: 'Inte mottagen i tid',
    OverdueClosure: 'Inte avslutad i tid',
    Overdue: 'Försenad',
    Dismiss: 'Stäng meddelandet',
    StatusLabel: 'Status: {0}',
    TextCount: '{0} av {1} tecken',
    TextTooLong: 'Texten är {0} tecken för lång (högst {1}). Inget har kortats: korta den själv.',
    TextOnlySpaces: 'Skriv något, inte bara blanksteg.'
  };
});
