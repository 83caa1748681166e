import * as React from 'react';
import { ITextFieldProps, TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'TryggComponentStrings';
import { format } from '../common/format';

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

/** Whether a value breaks its field's rules as this field shows them: too long, or only spaces. */
export function limitedTextProblem(value: string, limit: number): 'tooLong' | 'onlySpaces' | undefined {
  if (value.length > 0 && value.trim().length === 0) return 'onlySpaces';
  if (value.trim().length > limit) return 'tooLong';
  return undefined;
}

/**
 * A text field with a limit that is shown, never enforced by cutting: typing or pasting past it keeps
 * every character and says how many are too many, a count appears near the limit, and a field of
 * only spaces says so. The caller disables saving while `limitedTextProblem` finds a problem.
 */
export function LimitedTextField(props: ILimitedTextFieldProps): React.ReactElement {
  const { value, onChange, limit, errorMessage, description, ...rest } = props;
  const length = value.trim().length;
  const problem = limitedTextProblem(value, limit);
  const ownError = problem === 'tooLong' ? format(strings.TextTooLong, length - limit, limit) : problem === 'onlySpaces' ? strings.TextOnlySpaces : undefined;
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
