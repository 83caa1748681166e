import * as React from 'react';
import { NormalPeoplePicker, IBasePickerSuggestionsProps } from '@fluentui/react/lib/Pickers';
import { IPersonaProps } from '@fluentui/react/lib/Persona';
import { Label } from '@fluentui/react/lib/Label';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'TryggComponentStrings';
import { IPerson } from '../domain/organisation';

export interface IKnownPeoplePickerProps {
  /** Unique on the page: ties the label to the input. */
  id: string;
  label: string;
  /** Everyone who may be picked (the site's people, with their site user ids). */
  people: readonly IPerson[];
  selected: readonly IPerson[];
  onChange: (people: IPerson[]) => void;
  /** A line under each name (e.g. the unit they manage). */
  describe?: (person: IPerson) => string | undefined;
  itemLimit?: number;
  required?: boolean;
  disabled?: boolean;
  errorMessage?: string;
}

interface IPersonaWithPerson extends IPersonaProps {
  person: IPerson;
}

function keyOf(person: IPerson): string {
  return person.id !== undefined ? `id:${person.id}` : `mail:${person.email.toLowerCase()}`;
}

/**
 * Several people among those the site already knows (SharePoint person fields store their site
 * user ids), found by typing part of a name or address. The directory picker (PeoplePicker) is for
 * anyone in the organisation; this one for steps that must name a site user.
 */
export function KnownPeoplePicker(props: IKnownPeoplePickerProps): React.ReactElement {
  const theme = useTheme();
  const { people, selected, describe } = props;
  const toPersona = React.useCallback(
    (person: IPerson): IPersonaWithPerson => ({
      key: keyOf(person),
      text: person.displayName,
      secondaryText: (describe && describe(person)) || person.email,
      person
    }),
    [describe]
  );
  const suggestionsProps: IBasePickerSuggestionsProps = {
    suggestionsHeaderText: strings.PeoplePickerSuggestionsHeader,
    noResultsFoundText: strings.PeoplePickerNoResults,
    loadingText: strings.PeoplePickerLoading,
    suggestionsContainerAriaLabel: strings.PeoplePickerSuggestionsHeader
  };
  const resolve = React.useCallback(
    (filter: string): IPersonaProps[] => {
      const words = filter.trim().toLowerCase();
      if (words.length < 1) return [];
      const chosen = new Set(selected.map(keyOf));
      return people
        .filter((person) => !chosen.has(keyOf(person)))
        .filter((person) => person.displayName.toLowerCase().indexOf(words) >= 0 || person.email.toLowerCase().indexOf(words) >= 0)
        .slice(0, 10)
        .map(toPersona);
    },
    [people, selected, toPersona]
  );
  const inputId = `${props.id}-input`;
  const hintId = `${props.id}-hint`;
  return (
    <div>
      <Label htmlFor={inputId} required={props.required} disabled={props.disabled}>
        {props.label}
      </Label>
      <NormalPeoplePicker
        onResolveSuggestions={resolve}
        onEmptyResolveSuggestions={() => people.filter((person) => !selected.some((chosen) => keyOf(chosen) === keyOf(person))).slice(0, 10).map(toPersona)}
        getTextFromItem={(persona) => persona.text || ''}
        pickerSuggestionsProps={suggestionsProps}
        selectedItems={selected.map(toPersona)}
        onChange={(items) => props.onChange((items || []).map((item) => (item as IPersonaWithPerson).person))}
        itemLimit={props.itemLimit}
        disabled={props.disabled}
        removeButtonAriaLabel={strings.PeoplePickerRemove}
        inputProps={{ id: inputId, 'aria-describedby': hintId, 'aria-label': props.label }}
      />
      <Text id={hintId} variant="small" block styles={{ root: { color: props.errorMessage ? theme.semanticColors.errorText : theme.semanticColors.bodySubtext } }}>
        {props.errorMessage || strings.KnownPeopleHint}
      </Text>
    </div>
  );
}
