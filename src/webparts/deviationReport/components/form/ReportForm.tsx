import * as React from 'react';
import { ITextField } from '@fluentui/react/lib/TextField';
import { IComboBox } from '@fluentui/react/lib/ComboBox';
import { IDropdown } from '@fluentui/react/lib/Dropdown';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DeviationReportWebPartStrings';
import { IDeviationDraft } from '../../../../domain/deviations/types';
import { DRAFT_LIMITS, DraftField, validateDraft } from '../../../../domain/deviations/draftValidation';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { FieldErrors, hasErrors } from '../../../../domain/validation';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { format } from '../../../../common/format';
import { FIELD_ORDER, IReportFormValues, localDate, toDraft } from './reportFormValues';
import { fieldErrorText } from './fieldErrorText';
import { DescriptionField } from './DescriptionField';
import { WhenFields } from './WhenFields';
import { UnitField } from './UnitField';
import { ClassificationFields } from './ClassificationFields';
import { ProtectionFields } from './ProtectionFields';
import { buttonStyles, multilineStyles, textFieldStyles } from './touchStyles';

export interface IReportFormProps {
  values: IReportFormValues;
  onChange: (values: IReportFormValues) => void;
  units: readonly IOrganisationUnit[];
  now: () => Date;
  sending: boolean;
  /** False until a report can be kept on the device (the user is not known yet). */
  ready: boolean;
  /** What the server refused in a kept report: shown at the fields like the form's own errors. */
  serverErrors?: FieldErrors<DraftField>;
  onSend: (draft: IDeviationDraft) => void;
}

interface IFocusable {
  focus(): void;
}

/**
 * The report form. Errors show at a field once the reporter has left it, and at every field on
 * send, when focus moves to the first one. The values live with the parent, so nothing typed is
 * lost when a check fails or the report cannot be sent.
 */
export function ReportForm(props: IReportFormProps): React.ReactElement {
  const { values, onChange } = props;
  const theme = useTheme();
  const [touched, setTouched] = React.useState<ReadonlySet<DraftField>>(new Set<DraftField>());
  const [submitted, setSubmitted] = React.useState(false);
  const [summaryCount, setSummaryCount] = React.useState(0);
  const [focusRequest, setFocusRequest] = React.useState(0);

  const refs = {
    description: React.useRef<ITextField>(null),
    occurredAt: React.useRef<ITextField>(null),
    unitId: React.useRef<IComboBox>(null),
    location: React.useRef<ITextField>(null),
    type: React.useRef<IDropdown>(null),
    area: React.useRef<IDropdown>(null),
    immediateActions: React.useRef<ITextField>(null)
  };
  const focusables: Partial<Record<DraftField, React.RefObject<IFocusable>>> = refs;

  const draft = toDraft(values);
  const errors: FieldErrors<DraftField> = { ...props.serverErrors, ...validateDraft(draft, props.now()) };
  const shown = (field: DraftField): string | undefined => {
    const error = errors[field];
    return error && (submitted || touched.has(field)) ? fieldErrorText(field, error) : undefined;
  };
  const leave = (field: DraftField): (() => void) => () => setTouched((before) => new Set(before).add(field));
  const update = (changes: Partial<IReportFormValues>): void => onChange({ ...values, ...changes });

  const errorCount = Object.keys(errors).length;
  React.useEffect(() => {
    if (errorCount === 0) setSummaryCount(0);
  }, [errorCount]);

  // A refusal from the server arrives after the form was sent: show it like the form's own errors.
  React.useEffect(() => {
    if (props.serverErrors && hasErrors(props.serverErrors)) {
      setSubmitted(true);
      setSummaryCount(Object.keys(props.serverErrors).length);
      setFocusRequest((n) => n + 1);
    }
  }, [props.serverErrors]);

  React.useEffect(() => {
    if (focusRequest === 0) return;
    const first = FIELD_ORDER.filter((field) => errors[field] !== undefined && focusables[field])[0];
    const target = first ? focusables[first] : undefined;
    if (target && target.current) target.current.focus();
    // Only a new request moves focus; errors changing while typing must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const send = (event: React.FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (props.sending || !props.ready) return;
    const current = validateDraft(draft, props.now());
    setSubmitted(true);
    if (hasErrors(current)) {
      setSummaryCount(Object.keys(current).length);
      setFocusRequest((n) => n + 1);
      return;
    }
    setSummaryCount(0);
    props.onSend(draft);
  };

  const unitHintId = 'trygg-report-unit-hint';
  return (
    <form onSubmit={send} noValidate aria-label={strings.TabReport} data-trygg="report-form">
      <Stack tokens={{ childrenGap: 16 }}>
        {summaryCount > 0 && (
          <MessageBar messageBarType={MessageBarType.error} role="alert" data-trygg="error-summary">
            {summaryCount === 1 ? strings.ErrorSummaryOne : format(strings.ErrorSummaryMany, summaryCount)}
          </MessageBar>
        )}
        <DescriptionField
          componentRef={refs.description}
          value={values.description}
          onChange={(description) => update({ description })}
          onBlur={leave('description')}
          errorMessage={shown('description')}
        />
        <WhenFields
          componentRef={refs.occurredAt}
          date={values.date}
          time={values.time}
          maxDate={localDate(props.now())}
          onChange={(date, time) => update({ date, time })}
          onBlur={leave('occurredAt')}
          errorMessage={shown('occurredAt')}
        />
        <div>
          <UnitField
            componentRef={refs.unitId}
            units={props.units}
            selectedId={values.unitId}
            onChange={(unitId) => update({ unitId })}
            onBlur={leave('unitId')}
            errorMessage={shown('unitId')}
            hintId={unitHintId}
          />
          <Text id={unitHintId} variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext, paddingTop: 4 } }}>
            {strings.UnitHint}
          </Text>
        </div>
        <LimitedTextField
          componentRef={refs.location}
          label={strings.LocationLabel}
          placeholder={strings.LocationPlaceholder}
          value={values.location}
          limit={DRAFT_LIMITS.locationMax}
          onChange={(location) => update({ location })}
          onBlur={leave('location')}
          errorMessage={shown('location')}
          styles={textFieldStyles}
        />
        <ClassificationFields
          typeRef={refs.type}
          areaRef={refs.area}
          type={values.type}
          area={values.area}
          onChange={(type, area) => update({ type, area })}
          typeError={shown('type')}
          areaError={shown('area')}
        />
        <LimitedTextField
          componentRef={refs.immediateActions}
          label={strings.ImmediateActionsLabel}
          placeholder={strings.ImmediateActionsPlaceholder}
          multiline
          autoAdjustHeight
          rows={3}
          value={values.immediateActions}
          limit={DRAFT_LIMITS.immediateActionsMax}
          onChange={(immediateActions) => update({ immediateActions })}
          onBlur={leave('immediateActions')}
          errorMessage={shown('immediateActions')}
          styles={multilineStyles}
        />
        <ProtectionFields
          involvesPersonalData={values.involvesPersonalData}
          suspectedCrime={values.suspectedCrime}
          onChange={(involvesPersonalData, suspectedCrime) => update({ involvesPersonalData, suspectedCrime })}
        />
        <PrimaryButton type="submit" disabled={props.sending || !props.ready} styles={buttonStyles} data-trygg="send-report">
          {props.sending ? strings.Sending : strings.Send}
        </PrimaryButton>
      </Stack>
    </form>
  );
}
