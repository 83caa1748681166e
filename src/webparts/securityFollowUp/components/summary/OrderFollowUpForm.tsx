import * as React from 'react';
import { ActionButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { PDSA_LIMITS } from '../../../../domain/pdsa/vocabulary';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { Section } from '../../../../components/Section';
import { renderUnitOption, unitOptions } from '../../../../components/unitOptions';
import { runDetached } from '../../../../components/runDetached';
import { format } from '../../../../common/format';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { ITryggServices } from '../../../../services/ITryggServices';
import { orderErrors } from '../../summaryView';
import { fieldErrorText, textErrorText, unitTitles } from '../../labels';

export interface IOrderFollowUpFormProps {
  services: ITryggServices;
  units: readonly IOrganisationUnit[];
  year: number;
  /** The units without a submitted assessment, offered as one choice. */
  notSubmitted: readonly number[];
}

type Outcome = { readonly kind: 'ordered'; readonly unitIds: readonly number[] } | { readonly kind: 'notPermitted' } | { readonly kind: 'conflict' };

/** "Beställ riktad uppföljning": chosen units are asked to answer (again), with the security function's note as the assignment. */
export function OrderFollowUpForm(props: IOrderFollowUpFormProps): React.ReactElement {
  const [unitIds, setUnitIds] = React.useState<number[]>([]);
  const [note, setNote] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  const [refused, setRefused] = React.useState<{ readonly note?: string; readonly unitIds?: string }>({});
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  // One id per order: a retry after a lost answer marks the same units once.
  const [requestId, setRequestId] = React.useState(newClientRequestId);
  const local = orderErrors(unitIds, note);
  const errors = checked ? { ...refused, ...local } : refused;

  const order = async (): Promise<void> => {
    setChecked(true);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    setOutcome(undefined);
    try {
      const result = await props.services.selfAssessments.orderFollowUp(props.year, unitIds, note.trim(), requestId);
      if (result.kind === 'saved') {
        setRequestId(newClientRequestId());
        setOutcome({ kind: 'ordered', unitIds });
        setUnitIds([]);
        setNote('');
        setChecked(false);
      } else if (result.kind === 'invalid') setRefused(result.errors);
      else setOutcome({ kind: result.kind });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="trygg-summary-order" heading={strings.OrderHeading}>
      <form
        noValidate
        aria-label={strings.OrderHeading}
        data-order-form
        onSubmit={(event) => {
          event.preventDefault();
          runDetached(order());
        }}
      >
        <Stack tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 720 } }}>
          <Text block>{format(strings.OrderIntro, props.year)}</Text>
          <Dropdown
            label={strings.OrderUnitsLabel}
            required
            multiSelect
            placeholder={strings.ChooseUnits}
            options={unitOptions(props.units)}
            onRenderOption={renderUnitOption}
            selectedKeys={unitIds}
            disabled={busy}
            errorMessage={fieldErrorText(errors.unitIds)}
            onChange={(_, option) => {
              if (!option) return;
              const id = Number(option.key);
              setUnitIds((before) => (option.selected ? before.concat([id]) : before.filter((other) => other !== id)));
              setRefused({});
            }}
          />
          {props.notSubmitted.length > 0 && (
            <ActionButton
              styles={{ root: { alignSelf: 'flex-start' } }}
              iconProps={{ iconName: 'CheckList' }}
              text={format(strings.ChooseNotSubmitted, props.notSubmitted.length)}
              disabled={busy}
              onClick={() => setUnitIds(props.notSubmitted.slice())}
            />
          )}
          <LimitedTextField
            label={strings.OrderNoteLabel}
            description={strings.OrderNoteHint}
            required
            multiline
            autoAdjustHeight
            rows={3}
            value={note}
            limit={PDSA_LIMITS.comment}
            disabled={busy}
            errorMessage={textErrorText(errors.note, note)}
            onChange={(value) => {
              setNote(value);
              setRefused({});
            }}
          />
          {outcome && outcome.kind === 'ordered' && (
            <MessageBar messageBarType={MessageBarType.success} isMultiline data-ordered={outcome.unitIds.length}>
              {format(strings.Ordered, unitTitles(props.units, outcome.unitIds).join(', '))}
            </MessageBar>
          )}
          {outcome && outcome.kind === 'notPermitted' && <MessageBar messageBarType={MessageBarType.blocked}>{strings.OrderNotPermitted}</MessageBar>}
          {outcome && outcome.kind === 'conflict' && <MessageBar messageBarType={MessageBarType.warning}>{strings.OrderConflict}</MessageBar>}
          {failure !== undefined && <ErrorMessageBar error={failure} onDismiss={() => setFailure(undefined)} />}
          <Stack horizontal>
            <PrimaryButton type="submit" text={strings.OrderButton} disabled={busy} />
          </Stack>
        </Stack>
      </form>
    </Section>
  );
}
