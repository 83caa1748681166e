import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'RiskRegisterWebPartStrings';
import { IScanningEntry } from '../../../../domain/risks/scanning';
import { RISK_TEXT_LIMITS } from '../../../../domain/risks/riskValidation';
import { SecurityArea } from '../../../../domain/securityAreas';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { PlainText } from '../../../../components/PlainText';
import { Section } from '../../../../components/Section';
import { formatDate } from '../../../../components/dates';
import { runDetached } from '../../../../components/runDetached';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { ITryggServices } from '../../../../services/ITryggServices';
import { format } from '../../../../common/format';
import { areaLabel } from '../../labels';
import { levelOf } from '../../../../domain/risks/matrix';
import { IRegisterContext, matrixOf, unitsForNewRisk } from '../registerContext';
import { renderUnitOption, unitOptions } from '../../../../components/unitOptions';
import { LevelBadge } from '../LevelBadge';

export interface IScanningEntryViewProps {
  services: ITryggServices;
  context: IRegisterContext;
  entry: IScanningEntry;
  onOpenRisk: (riskNumber: string) => void;
  onEdit?: () => void;
}

type Outcome = { kind: 'raised' | 'linked'; riskNumber: string } | { kind: 'notFound' | 'notPermitted' | 'invalid' } | { kind: 'failed'; error: unknown };

/** One entry: what was seen, the risks it raised or updated, and a manager's way to add theirs. */
export function ScanningEntryView(props: IScanningEntryViewProps): React.ReactElement {
  const { services, context, entry } = props;
  const [risks, reloadRisks] = useAsyncData(() => services.scanning.risksOf(entry.id), [services, entry.id]);
  // Units a new risk may go on: the entry's own where the user keeps risks, otherwise all the user's.
  const myUnits = unitsForNewRisk(context);
  const entryUnits = myUnits.filter((unit) => entry.unitIds.indexOf(unit.id) >= 0);
  const unitChoices = entryUnits.length > 0 ? entryUnits : myUnits;
  const [title, setTitle] = React.useState(entry.title);
  const [area, setArea] = React.useState<SecurityArea | undefined>(entry.areas[0]);
  const [unitId, setUnitId] = React.useState<number | undefined>(unitChoices.length === 1 ? unitChoices[0].id : undefined);
  const [riskNumber, setRiskNumber] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>(undefined);
  const [requestId, setRequestId] = React.useState(newClientRequestId);

  const run = async (work: () => Promise<Outcome>): Promise<void> => {
    setBusy(true);
    try {
      setOutcome(await work());
      reloadRisks();
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };
  const raise = (): Promise<void> =>
    run(async () => {
      const result = await services.risks.raiseFromScanning(entry, { title, area: area as SecurityArea, unitId: unitId as number }, requestId);
      if (result.kind !== 'saved') return { kind: 'invalid' };
      setRequestId(newClientRequestId());
      return { kind: 'raised', riskNumber: result.risk.riskNumber };
    });
  const link = (): Promise<void> =>
    run(async () => {
      const result = await services.risks.link(riskNumber.trim(), (risk) => (risk.scanningEntryId === entry.id ? undefined : { scanningEntryId: entry.id }));
      return result.kind === 'saved' ? { kind: 'linked', riskNumber: result.risk.riskNumber } : { kind: result.kind };
    });
  const unitTitle = (id: number): string => (context.units.filter((unit) => unit.id === id)[0] || { title: String(id) }).title;
  const tooLong = title.trim().length > RISK_TEXT_LIMITS.title;

  return (
    <Stack tokens={{ childrenGap: 12 }} data-scanning-entry={entry.id}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>
          {entry.title}
        </Text>
        {props.onEdit && <DefaultButton text={strings.Scanning.Edit} onClick={props.onEdit} />}
      </Stack>
      <Text block>
        {format(strings.Scanning.SeenOn, formatDate(entry.observedOn), entry.source)}
        {entry.sourceUrl && (
          <>
            {' · '}
            <Link href={entry.sourceUrl} target="_blank" rel="noopener noreferrer">
              {strings.Scanning.OpenSource}
            </Link>
          </>
        )}
      </Text>
      <PlainText text={entry.summary} />
      <Text block>
        {format(strings.Scanning.Concerns, entry.areas.map(areaLabel).join(', '), entry.unitIds.length > 0 ? entry.unitIds.map(unitTitle).join(', ') : strings.Scanning.WholeRegion)}
      </Text>
      <Section id={`trygg-scanning-risks-${entry.id}`} heading={strings.Scanning.RisksHeading}>
        {risks.state === 'failed' && <ErrorMessageBar error={risks.error} onRetry={reloadRisks} />}
        {risks.state === 'ready' && risks.value.length === 0 && <Text block>{strings.Scanning.NoRisks}</Text>}
        {risks.state === 'ready' && risks.value.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {risks.value.map((risk) => (
              <li key={risk.id} style={{ marginBottom: 4 }}>
                <Link onClick={() => props.onOpenRisk(risk.riskNumber)}>{`${risk.riskNumber} ${risk.title}`}</Link>{' '}
                <LevelBadge level={risk.current ? levelOf(matrixOf(context, risk.matrixVersion), risk.current) : undefined} empty={strings.NotAssessed} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      {unitChoices.length > 0 && (
        <Section id={`trygg-scanning-act-${entry.id}`} heading={strings.Scanning.ActHeading}>
          <Stack tokens={{ childrenGap: 12 }}>
            <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
              <Stack.Item grow styles={{ root: { minWidth: 220 } }}>
                <LimitedTextField label={strings.Scanning.NewRiskTitle} value={title} limit={RISK_TEXT_LIMITS.title} onChange={setTitle} />
              </Stack.Item>
              <Dropdown label={strings.Scanning.NewRiskArea} selectedKey={area} styles={{ root: { minWidth: 180 } }} options={entry.areas.map((a) => ({ key: a, text: areaLabel(a) }))} onChange={(_, option) => option && setArea(option.key as SecurityArea)} />
              <Dropdown label={strings.Scanning.NewRiskUnit} selectedKey={unitId} styles={{ root: { minWidth: 200 } }} options={unitOptions(unitChoices)} onRenderOption={renderUnitOption} onChange={(_, option) => option && setUnitId(option.key as number)} />
              <PrimaryButton text={strings.Scanning.RaiseRisk} disabled={busy || !title.trim() || tooLong || !area || unitId === undefined} onClick={() => runDetached(raise())} />
            </Stack>
            <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
              <TextField label={strings.Scanning.LinkRiskNumber} placeholder="RISK-00001" value={riskNumber} onChange={(_, value) => setRiskNumber(value || '')} />
              <DefaultButton text={strings.Scanning.LinkRisk} disabled={busy || !riskNumber.trim()} onClick={() => runDetached(link())} />
            </Stack>
          </Stack>
        </Section>
      )}
      {outcome && (outcome.kind === 'raised' || outcome.kind === 'linked') && (
        <MessageBar messageBarType={MessageBarType.success} data-scanning-outcome={outcome.kind}>{format(outcome.kind === 'raised' ? strings.Scanning.Raised : strings.Scanning.Linked, outcome.riskNumber)}</MessageBar>
      )}
      {outcome && outcome.kind === 'notFound' && <MessageBar messageBarType={MessageBarType.error}>{strings.Scanning.RiskNotFound}</MessageBar>}
      {outcome && outcome.kind === 'notPermitted' && <MessageBar messageBarType={MessageBarType.error}>{strings.Scanning.RiskNotYours}</MessageBar>}
      {outcome && outcome.kind === 'invalid' && <MessageBar messageBarType={MessageBarType.error}>{strings.Scanning.RiskNotSaved}</MessageBar>}
      {outcome && outcome.kind === 'failed' && <ErrorMessageBar error={outcome.error} />}
    </Stack>
  );
}
