import * as React from 'react';
import { ConflictError } from '../../../services/errors';
import { refusalOf } from './refusal';

export type StepResult<T> =
  | { readonly kind: 'done'; readonly value: T }
  /** Someone saved the document first: what is stored now. */
  | { readonly kind: 'conflict'; readonly current: unknown }
  | { readonly kind: 'refused' }
  | { readonly kind: 'failed' };

export interface IStep {
  readonly busy: boolean;
  /** The function's refusal: field → the domain's key. */
  readonly refusal: Readonly<Record<string, string>>;
  readonly failure: unknown;
  run<T>(call: () => Promise<T>): Promise<StepResult<T>>;
  dismiss(): void;
}

/**
 * One step sent to the service: busy while it runs, the function's refusal kept apart from a
 * failure (words from ErrorMessageBar), and a conflict handed back with what is stored now.
 */
export function useStep(): IStep {
  const [busy, setBusy] = React.useState(false);
  const [refusal, setRefusal] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<unknown>(undefined);

  const run = React.useCallback(async <T>(call: () => Promise<T>): Promise<StepResult<T>> => {
    setBusy(true);
    setRefusal({});
    setFailure(undefined);
    try {
      return { kind: 'done', value: await call() };
    } catch (error) {
      if (error instanceof ConflictError) return { kind: 'conflict', current: (error as ConflictError<unknown>).current };
      const refused = refusalOf(error);
      if (refused) {
        setRefusal(refused);
        return { kind: 'refused' };
      }
      setFailure(error);
      return { kind: 'failed' };
    } finally {
      setBusy(false);
    }
  }, []);

  const dismiss = React.useCallback(() => setFailure(undefined), []);
  return { busy, refusal, failure, run, dismiss };
}

/** The refusal's reasons that are not shown at a field of the form. */
export function otherReasons(refusal: Readonly<Record<string, string>>, fields: readonly string[]): string[] {
  return Object.keys(refusal)
    .filter((key) => fields.indexOf(key) < 0)
    .map((key) => refusal[key]);
}
