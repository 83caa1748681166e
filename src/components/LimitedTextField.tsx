import * as React from 'react';
import { ITextFieldProps, TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'TryggComponentStrings';
import { format } from '../common/format';
import { checkLimitedText } from '../domain/validation';

export interface ILimitedTextFieldProps extends Omit<ITextFieldProps, 'maxLength' | 'onChange' | 'value' | 'errorMessage'> {
  value: string;
  onChange: (value: string) => void;
  /** The most characters the field takes (from src/domain: the service refuses more). */
  limit: number;
  /** An error of the caller's own (e.g. from the service), shown before the field's. */
  errorMessage?: string;
}

/** From this share of the limit on, the count shows, so nobody is surprised at the end. */
const SHOW_COUNT_FROM = 0.8;

/**
 * A text field with a limit that is shown, never enforced by cutting: typing or pasting past it keeps
 * every character and says how many are too many, a count appears near the limit, and a field of
 * only spaces says so (domain/validation.ts: checkLimitedText). The caller disables saving meanwhile.
 */
export function LimitedTextField(props: ILimitedTextFieldProps): React.ReactElement {
  const { value, onChange, limit, errorMessage, description, ...rest } = props;
  const length = value.trim().length;
  const problem = checkLimitedText(value, { max: limit });
  const ownError = problem === 'tooLong' ? format(strings.TextTooLong, length - limit, limit) : problem === 'required' ? strings.TextOnlySpaces : undefined;
  const count = length >= limit * SHOW_COUNT_FROM ? format(strings.TextCount, length, limit) : undefined;
  return (
    <TextField
      {...rest}
      value={value}
      onChange={(_, next) => onChange(next || '')}
      errorMessage={errorMessage || ownError}
      description={[description, ownError ? undefined : count].filter(Boolean).join(' ') || undefined}
    />
  );
}

/**
 * A field error the LimitedTextField does not already say itself: it says by how much a text is too
 * long and that a text of only spaces is empty, so only the other problems (a required text left
 * empty, a bad link) are worth adding beside it. Undefined for none.
 */
export function errorBesideLimitedText(error: string | undefined, value: string): string | undefined {
  return error === 'tooLong' || (error === 'required' && value.length > 0) ? undefined : error;
}
