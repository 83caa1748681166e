import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'PdsaDashboardWebPartStrings';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { LimitedTextField } from '../../../components/LimitedTextField';
import { runDetached } from '../../../components/runDetached';
import { pdsaCommentError } from '../../../domain/pdsa/evidence';
import { IPdsaComment } from '../../../domain/pdsa/repositories';
import { PDSA_LIMITS, PdsaPhase } from '../../../domain/pdsa/vocabulary';
import { newClientRequestId } from '../../../services/deviations/ReportQueue';
import { IPdsaDashboardService } from '../../../services/pdsa/IPdsaServices';

export interface ICommentFormProps {
  service: IPdsaDashboardService;
  unitId: number;
  year: number;
  phase: PdsaPhase;
  /** Unique on the page: labels the field. */
  id: string;
  onAdded: (comment: IPdsaComment) => void;
}

type Outcome = { readonly kind: 'saved' } | { readonly kind: 'notPermitted' } | { readonly kind: 'failed'; readonly error: unknown };

/** Adds a comment beside a phase's state; the state itself is the evidence's alone. */
export function CommentForm(props: ICommentFormProps): React.ReactElement {
  const [text, setText] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  // One id per comment: a retry after a lost answer finds the one its first attempt added.
  const [requestId, setRequestId] = React.useState(newClientRequestId);
  const problem = pdsaCommentError(text);
  // Only spaces: the field says so itself (LimitedTextField); an empty field is told here.
  const shownProblem = checked && text.length === 0 ? strings.CommentRequired : undefined;

  const save = async (): Promise<void> => {
    setChecked(true);
    setOutcome(undefined);
    if (problem) return;
    setBusy(true);
    try {
      const result = await props.service.comment(props.unitId, props.year, props.phase, text, requestId);
      if (result.kind === 'saved') {
        setRequestId(newClientRequestId());
        setText('');
        setChecked(false);
        setOutcome({ kind: 'saved' });
        props.onAdded(result.item);
      } else if (result.kind === 'notPermitted') setOutcome({ kind: 'notPermitted' });
      else if (result.kind === 'invalid') setChecked(true);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      data-comment-form={props.phase}
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(save());
      }}
    >
      <Stack tokens={{ childrenGap: 6 }}>
        <LimitedTextField
          id={props.id}
          label={strings.CommentLabel}
          multiline
          rows={2}
          autoAdjustHeight
          value={text}
          onChange={(next) => {
            setText(next);
            setOutcome(undefined);
          }}
          limit={PDSA_LIMITS.comment}
          description={strings.CommentHint}
          errorMessage={shownProblem}
          disabled={busy}
        />
        <Stack horizontal>
          <PrimaryButton type="submit" text={strings.CommentSave} disabled={busy || (checked && !!problem)} />
        </Stack>
        {outcome && outcome.kind === 'saved' && (
          <MessageBar messageBarType={MessageBarType.success} role="status">
            {strings.CommentSaved}
          </MessageBar>
        )}
        {outcome && outcome.kind === 'notPermitted' && <MessageBar messageBarType={MessageBarType.warning}>{strings.CommentNotPermitted}</MessageBar>}
        {outcome && outcome.kind === 'failed' && <ErrorMessageBar error={outcome.error} onRetry={() => runDetached(save())} />}
      </Stack>
    </form>
  );
}
