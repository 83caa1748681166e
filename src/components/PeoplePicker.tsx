import * as React from 'react';
import { NormalPeoplePicker, IBasePickerSuggestionsProps } from '@fluentui/react/lib/Pickers';
import { IPersonaProps } from '@fluentui/react/lib/Persona';
import { Label } from '@fluentui/react/lib/Label';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'TryggComponentStrings';
import { IDirectory, IDirectoryUser } from '../domain/directory';

export interface IPeoplePickerProps {
  /** Unique on the page: ties the label to the input. */
  id: string;
  label: string;
  directory: IDirectory;
  selected: IDirectoryUser | undefined;
  onChange: (person: IDirectoryUser | undefined) => void;
  required?: boolean;
  disabled?: boolean;
  errorMessage?: string;
  /** Narrows what the directory found to those who may be picked (e.g. those a case may be handed to). */
  eligible?: (found: IDirectoryUser[]) => Promise<IDirectoryUser[]>;
}

/** The same picker for several people (a remiss's recipients, who must confirm reading). */
export interface IPeopleListPickerProps extends Omit<IPeoplePickerProps, 'selected' | 'onChange'> {
  selected: readonly IDirectoryUser[];
  onChange: (people: IDirectoryUser[]) => void;
  /** The most people that may be picked. */
  itemLimit?: number;
}

interface IPersonaWithUser extends IPersonaProps {
  user: IDirectoryUser;
}

function toPersona(user: IDirectoryUser): IPersonaWithUser {
  return {
    key: user.userPrincipalName,
    text: user.displayName,
    secondaryText: [user.jobTitle, user.department].filter((part) => !!part).join(', ') || user.email,
    user
  };
}

/**
 * One person from the organisation's directory (IDirectory.search over Graph). Fluent's picker
 * rather than the PnP controls, which need SPFx's context and so would not run in the workbench.
 */
export function PeoplePicker(props: IPeoplePickerProps): React.ReactElement {
  const { selected, onChange, ...rest } = props;
  return <DirectoryPicker {...rest} selected={selected ? [selected] : []} onChange={(people) => onChange(people[0])} itemLimit={1} />;
}

/** Several people from the directory, each once. */
export function PeopleListPicker(props: IPeopleListPickerProps): React.ReactElement {
  return <DirectoryPicker {...props} itemLimit={props.itemLimit} />;
}

function samePersonKey(user: IDirectoryUser): string {
  return (user.userPrincipalName || user.email).toLowerCase();
}

function DirectoryPicker(props: IPeopleListPickerProps): React.ReactElement {
  const theme = useTheme();
  const [searchFailed, setSearchFailed] = React.useState(false);
  const { directory, eligible, selected } = props;

  const suggestionsProps: IBasePickerSuggestionsProps = {
    suggestionsHeaderText: strings.PeoplePickerSuggestionsHeader,
    noResultsFoundText: strings.PeoplePickerNoResults,
    loadingText: strings.PeoplePickerLoading,
    suggestionsContainerAriaLabel: strings.PeoplePickerSuggestionsHeader
  };

  const resolve = React.useCallback(
    async (filter: string): Promise<IPersonaProps[]> => {
      if (filter.trim().length < 2) return [];
      try {
        // With a filter, ask for more so that ten eligible people can still be found.
        const users = await directory.search(filter, eligible ? 25 : 10);
        setSearchFailed(false);
        const chosen = new Set(selected.map(samePersonKey));
        return (eligible ? (await eligible(users)).slice(0, 10) : users).filter((user) => !chosen.has(samePersonKey(user))).map(toPersona);
      } catch {
        setSearchFailed(true);
        return [];
      }
    },
    [directory, eligible, selected]
  );

  const inputId = `${props.id}-input`;
  const hintId = `${props.id}-hint`;
  const message = props.errorMessage || (searchFailed ? strings.PeoplePickerSearchFailed : undefined);
  return (
    <div>
      <Label htmlFor={inputId} required={props.required} disabled={props.disabled}>
        {props.label}
      </Label>
      <NormalPeoplePicker
        onResolveSuggestions={resolve}
        getTextFromItem={(persona) => persona.text || ''}
        pickerSuggestionsProps={suggestionsProps}
        selectedItems={selected.map(toPersona)}
        onChange={(items) => props.onChange((items || []).map((item) => (item as IPersonaWithUser).user))}
        itemLimit={props.itemLimit}
        resolveDelay={300}
        disabled={props.disabled}
        removeButtonAriaLabel={strings.PeoplePickerRemove}
        inputProps={{ id: inputId, 'aria-describedby': hintId, 'aria-label': props.label }}
      />
      <Text id={hintId} variant="small" block styles={{ root: { color: message ? theme.semanticColors.errorText : theme.semanticColors.bodySubtext } }}>
        {message || strings.PeoplePickerHint}
      </Text>
    </div>
  );
}
