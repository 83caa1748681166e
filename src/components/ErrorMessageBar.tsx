import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { MessageBarButton } from '@fluentui/react/lib/Button';
import * as common from 'TryggStrings';
import * as strings from 'TryggComponentStrings';
import { classifyError, ErrorKind } from '../services/errors';
import { ProtectedCaseError } from '../services/protectedCases/ProtectedCaseClient';
import { SiteSetupNotice } from './siteSetup/SiteSetupNotice';

export interface IErrorMessageBarProps {
  error: unknown;
  onRetry?: () => void;
  onDismiss?: () => void;
}

const MESSAGES: Record<ErrorKind, () => string> = {
  conflict: () => common.ErrorConflict,
  throttled: () => common.ErrorThrottled,
  network: () => common.ErrorNetwork,
  accessDenied: () => common.ErrorAccessDenied,
  notFound: () => common.ErrorNotFound,
  validation: () => common.ErrorValidation,
  unknown: () => common.ErrorGeneric
};

/** What went wrong in plain words, never the technical message; with a retry when one helps. */
export function errorMessage(error: unknown): string {
  // The services throw RangeError for input they refuse before it reaches SharePoint.
  if (error instanceof RangeError) return common.ErrorValidation;
  if (error instanceof ProtectedCaseError) {
    const field = error.fields ? error.fields.toEmail : undefined;
    if (field === 'notAHandler') return common.ErrorNotAHandler;
    if (field === 'isReporter') return common.ErrorHandOverToReporter;
    if (error.code === 'notConfigured') return common.ErrorProtectedCasesNotConfigured;
    if (error.code === 'unavailable') return common.ErrorProtectedCasesUnavailable;
  }
  return MESSAGES[classifyError(error).kind]();
}

/** A missing list answers 404, a missing field 400: what a site without Trygg, or with an older schema, gives. */
function mayBeMissingSetup(error: unknown): boolean {
  const kind = classifyError(error).kind;
  return kind === 'notFound' || kind === 'validation';
}

export function ErrorMessageBar(props: IErrorMessageBarProps): React.ReactElement {
  const bar = (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      onDismiss={props.onDismiss}
      dismissButtonAriaLabel={strings.Dismiss}
      actions={props.onRetry ? <MessageBarButton onClick={props.onRetry}>{common.Retry}</MessageBarButton> : undefined}
    >
      {errorMessage(props.error)}
    </MessageBar>
  );
  return mayBeMissingSetup(props.error) ? <SiteSetupNotice fallback={bar} /> : bar;
}
