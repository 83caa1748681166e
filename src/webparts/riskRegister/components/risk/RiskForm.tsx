import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { IDirectory } from '../../../../domain/directory';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IRiskRemap } from '../../../../domain/risks/matrix';
import { IRisk, IRiskMatrix } from '../../../../domain/risks/types';
import { ASSESSMENT_KINDS } from '../../../../domain/risks/vocabulary';
import { Section } from '../../../../components/Section';
import { runDetached } from '../../../../components/runDetached';
import { format } from '../../../../common/format';
import { formErrors, formFromRisk, IRiskFormState, RiskFormErrors } from '../../riskFormState';
import { AssessmentPicker } from './AssessmentPicker';
import { DescriptionFields } from './DescriptionFields';
import { FollowUpFields } from './FollowUpFields';
import { RemapNotice } from './RemapNotice';

export interface IRiskFormProps {
  /** The stored risk; undefined for a new one. */
  risk?: IRisk;
  /** The matrix in force: what is picked is saved on it. */
  matrix: IRiskMatrix;
  /** The risk is assessed on an older version: its re-mapping, shown and confirmed before saving. */
  remap?: { readonly remap: IRiskRemap; readonly fromVersion: number };
  units: readonly IOrganisationUnit[];
  directory: IDirectory;
  now: Date;
  readOnly: boolean;
  busy: boolean;
  /** All treatment actions are done since the current level was set: ask the owner to reassess. */
  reassess: boolean;
  /** Saves; resolves the service's field errors when it refused the draft, otherwise undefined. */
  onSave: (form: IRiskFormState) => Promise<Readonly<Record<string, string>> | undefined>;
  onCancel?: () => void;
  /** A new risk's starting values (its owner: the person writing it). */
  defaults?: Partial<IRiskFormState>;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(250px, 1fr))', gap: 12, alignItems: 'start' }
});

/**
 * Every field of a risk. Problems show at their fields when the user saves, and nothing is sent
 * while there are any (the domain's validateRiskDraft, the same rules the service applies).
 */
export function RiskForm(props: IRiskFormProps): React.ReactElement {
  const { matrix, readOnly } = props;
  const [form, setForm] = React.useState<IRiskFormState>(() => ({
    ...formFromRisk(props.risk, props.remap ? props.remap.remap : undefined),
    ...(props.risk ? {} : props.defaults)
  }));
  const [checked, setChecked] = React.useState(false);
  const [serverErrors, setServerErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [remapConfirmed, setRemapConfirmed] = React.useState(false);
  const local = React.useMemo(() => formErrors(form, matrix, props.now), [form, matrix, props.now]);
  const errors: RiskFormErrors = checked ? { ...serverErrors, ...local } : serverErrors;
  const problemCount = Object.keys(errors).length;
  const mustConfirmRemap = !!props.remap && !readOnly;

  const change = (patch: Partial<IRiskFormState>): void => {
    setForm((before) => ({ ...before, ...patch }));
    setServerErrors({});
  };

  const save = async (): Promise<void> => {
    setChecked(true);
    if (Object.keys(local).length > 0) return;
    // A saved risk comes back as a new version and this form is replaced: only a refusal stays here.
    const refused = await props.onSave(form);
    if (refused) setServerErrors(refused);
  };

  return (
    <form
      aria-label={props.risk ? format(strings.FormLabel, props.risk.riskNumber) : strings.NewRiskHeading}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(save());
      }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <DescriptionFields form={form} errors={errors} readOnly={readOnly} units={props.units} onChange={change} />
        <Section id="trygg-risk-assessment" heading={strings.AssessmentHeading}>
          <Stack tokens={{ childrenGap: 8 }}>
            {props.reassess && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline data-reassess>
                {strings.ReassessPrompt}
              </MessageBar>
            )}
            {props.remap && <RemapNotice remap={props.remap.remap} fromVersion={props.remap.fromVersion} toVersion={matrix.version} />}
            <div className={classes.grid}>
              {ASSESSMENT_KINDS.map((kind) => (
                <AssessmentPicker key={kind} kind={kind} matrix={matrix} value={form[kind]} error={errors[kind]} readOnly={readOnly} onChange={(value) => change({ [kind]: value })} />
              ))}
            </div>
          </Stack>
        </Section>
        <FollowUpFields form={form} errors={errors} readOnly={readOnly} matrix={matrix} directory={props.directory} now={props.now} onChange={change} />
        {!readOnly && (
          <Stack tokens={{ childrenGap: 8 }}>
            {problemCount > 0 && (
              <MessageBar messageBarType={MessageBarType.error} isMultiline data-form-errors={problemCount}>
                {problemCount === 1 ? strings.FormErrorsOne : format(strings.FormErrorsMany, problemCount)}
              </MessageBar>
            )}
            {mustConfirmRemap && (
              <Checkbox label={format(strings.ConfirmRemap, matrix.version)} checked={remapConfirmed} onChange={(_, value) => setRemapConfirmed(!!value)} />
            )}
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <PrimaryButton type="submit" text={props.risk ? strings.SaveRisk : strings.AddRisk} disabled={props.busy || (mustConfirmRemap && !remapConfirmed)} />
              {props.onCancel && <DefaultButton text={strings.Cancel} disabled={props.busy} onClick={props.onCancel} />}
            </Stack>
          </Stack>
        )}
      </Stack>
    </form>
  );
}
