import * as strings from 'RiskRegisterWebPartStrings';
import { errorBesideLimitedText } from '../../../../components/LimitedTextField';

/** A field's problem in words; undefined for none. */
export function fieldErrorText(error: string | undefined): string | undefined {
  return error ? strings.FieldErrors[error] || strings.FieldErrors.unknown : undefined;
}

/** The same beside a LimitedTextField (errorBesideLimitedText: what it does not say itself). */
export function textErrorText(error: string | undefined, value: string): string | undefined {
  return fieldErrorText(errorBesideLimitedText(error, value));
}
