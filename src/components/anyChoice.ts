import { IDropdownOption } from '@fluentui/react/lib/Dropdown';

/**
 * A filter dropdown's first option, "any" (alla), and reading the choice back: one way for every
 * web part's filters, so an empty key always means no filter.
 */
const ANY_KEY = '';

export function anyOption(text: string): IDropdownOption {
  return { key: ANY_KEY, text };
}

/** The dropdown key of a filter value; "any" when there is none. */
export function choiceKey(value: string | number | undefined): string {
  return value === undefined ? ANY_KEY : String(value);
}

/** The chosen value; undefined for "any". */
export function chosen<T extends string>(option: IDropdownOption | undefined): T | undefined {
  return option && option.key !== ANY_KEY ? (String(option.key) as T) : undefined;
}

/** The chosen id; undefined for "any". */
export function chosenId(option: IDropdownOption | undefined): number | undefined {
  return option && option.key !== ANY_KEY ? Number(option.key) : undefined;
}
