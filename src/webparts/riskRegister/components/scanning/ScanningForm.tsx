import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'RiskRegisterWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IScanningDraft, IScanningEntry, SCANNING_LIMITS, ScanningErrors, validateScanningDraft } from '../../../../domain/risks/scanning';
import { SECURITY_AREAS, SecurityArea } from '../../../../domain/securityAreas';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { runDetached } from '../../../../components/runDetached';
import { areaLabel } from '../../labels';
import { renderUnitOption, unitOptions } from '../../../../components/unitOptions';
import { fieldErrorText, textErrorText } from '../risk/fieldErrorText';

export interface IScanningFormProps {
  entry?: IScanningEntry;
  units: readonly IOrganisationUnit[];
  now: Date;
  busy: boolean;
  /** Saves; resolves the service's field errors when it refused, otherwise undefined. */
  onSave: (draft: IScanningDraft) => Promise<ScanningErrors | undefined>;
  onCancel: () => void;
}

function draftOf(entry: IScanningEntry | undefined, now: Date): IScanningDraft {
  if (!entry) return { title: '', source: '', sourceUrl: '', observedOn: now.toISOString().slice(0, 10), summary: '', areas: [], unitIds: [] };
  return { ...entry, sourceUrl: entry.sourceUrl || '', observedOn: entry.observedOn.slice(0, 10) };
}

/** An omvärldsbevakning entry, written by the security function; nothing is sent while a field has a problem. */
export function ScanningForm(props: IScanningFormProps): React.ReactElement {
  const [draft, setDraft] = React.useState<IScanningDraft>(() => draftOf(props.entry, props.now));
  const [checked, setChecked] = React.useState(false);
  const [serverErrors, setServerErrors] = React.useState<ScanningErrors>({});
  const local = React.useMemo(() => validateScanningDraft(draft, props.now, props.units.map((unit) => unit.id)), [draft, props.now, props.units]);
  const errors: ScanningErrors = checked ? { ...serverErrors, ...local } : serverErrors;
  const change = (patch: Partial<IScanningDraft>): void => {
    setDraft((before) => ({ ...before, ...patch }));
    setServerErrors({});
  };
  const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] => (on ? list.concat([value]) : list.filter((item) => item !== value));

  const save = async (): Promise<void> => {
    setChecked(true);
    if (Object.keys(local).length > 0) return;
    const refused = await props.onSave(draft);
    if (refused) setServerErrors(refused);
  };

  return (
    <form
      aria-label={props.entry ? strings.Scanning.EditHeading : strings.Scanning.NewHeading}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(save());
      }}
    >
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 720 } }}>
        <LimitedTextField label={strings.Scanning.Fields.title} required value={draft.title} limit={SCANNING_LIMITS.title} errorMessage={textErrorText(errors.title, draft.title)} onChange={(title) => change({ title })} />
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <Stack.Item grow styles={{ root: { minWidth: 220 } }}>
            <LimitedTextField label={strings.Scanning.Fields.source} required description={strings.Scanning.SourceHint} value={draft.source} limit={SCANNING_LIMITS.source} errorMessage={textErrorText(errors.source, draft.source)} onChange={(source) => change({ source })} />
          </Stack.Item>
          <TextField label={strings.Scanning.Fields.observedOn} type="date" required value={draft.observedOn} errorMessage={fieldErrorText(errors.observedOn)} onChange={(_, value) => change({ observedOn: value || '' })} />
        </Stack>
        <LimitedTextField label={strings.Scanning.Fields.sourceUrl} value={draft.sourceUrl || ''} limit={SCANNING_LIMITS.sourceUrl} errorMessage={textErrorText(errors.sourceUrl, draft.sourceUrl || '')} onChange={(sourceUrl) => change({ sourceUrl })} />
        <LimitedTextField label={strings.Scanning.Fields.summary} required multiline rows={5} value={draft.summary} limit={SCANNING_LIMITS.summary} errorMessage={textErrorText(errors.summary, draft.summary)} onChange={(summary) => change({ summary })} />
        <Dropdown
          label={strings.Scanning.Fields.areas}
          required
          multiSelect
          selectedKeys={draft.areas.slice()}
          options={SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }))}
          errorMessage={fieldErrorText(errors.areas)}
          onChange={(_, option) => option && change({ areas: toggle(draft.areas, option.key as SecurityArea, !!option.selected) })}
        />
        <Dropdown
          label={strings.Scanning.Fields.units}
          placeholder={strings.Scanning.WholeRegion}
          multiSelect
          selectedKeys={draft.unitIds.slice()}
          options={unitOptions(props.units)}
          onRenderOption={renderUnitOption}
          errorMessage={fieldErrorText(errors.unitIds)}
          onChange={(_, option) => option && change({ unitIds: toggle(draft.unitIds, option.key as number, !!option.selected) })}
        />
        {checked && Object.keys(errors).length > 0 && <MessageBar messageBarType={MessageBarType.error}>{strings.Scanning.FormErrors}</MessageBar>}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={strings.Scanning.Save} disabled={props.busy} />
          <DefaultButton text={strings.Cancel} disabled={props.busy} onClick={props.onCancel} />
        </Stack>
      </Stack>
    </form>
  );
}
