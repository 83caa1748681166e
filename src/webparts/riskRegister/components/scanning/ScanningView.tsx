import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as common from 'TryggStrings';
import * as strings from 'RiskRegisterWebPartStrings';
import { concernsUnits, IScanningDraft, IScanningEntry, ScanningErrors } from '../../../../domain/risks/scanning';
import { descendantUnitIds } from '../../../../domain/organisation';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { formatDate } from '../../../../components/dates';
import { useAsyncData } from '../../../../components/useAsyncData';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { ITryggServices } from '../../../../services/ITryggServices';
import { areaLabel } from '../../labels';
import { IRegisterContext } from '../registerContext';
import { ScanningForm } from './ScanningForm';
import { ScanningEntryView } from './ScanningEntryView';

export interface IScanningViewProps {
  services: ITryggServices;
  context: IRegisterContext;
  onOpenRisk: (riskNumber: string) => void;
}

type Mode = { kind: 'list' } | { kind: 'new' } | { kind: 'edit'; entry: IScanningEntry };

const classes = mergeStyleSets({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(240px, 1fr) 2fr', gap: 16, '@media (max-width: 720px)': { gridTemplateColumns: '1fr' } },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { padding: '8px 0', borderBottom: '1px solid #e1dfdd' },
  picked: { fontWeight: 600 }
});

/** Omvärldsbevakning: the entries, newest first; one open beside the list with its risks. */
export function ScanningView(props: IScanningViewProps): React.ReactElement {
  const { services, context } = props;
  const [data, reload, replace] = useAsyncData(async () => ({ entries: await services.scanning.list(), mayRecord: await services.scanning.mayRecord() }), [services]);
  const [pickedId, setPickedId] = React.useState<number | undefined>(undefined);
  const [onlyMine, setOnlyMine] = React.useState(!context.me.roles.securityFunction);
  const [mode, setMode] = React.useState<Mode>({ kind: 'list' });
  const [busy, setBusy] = React.useState(false);
  const [conflict, setConflict] = React.useState(false);
  const [requestId, setRequestId] = React.useState(newClientRequestId);

  if (data.state === 'loading') return <Spinner label={common.Loading} />;
  if (data.state === 'failed') return <ErrorMessageBar error={data.error} onRetry={reload} />;
  const { entries, mayRecord } = data.value;
  // A manager's own units and those below them; the security function sees every entry.
  const mine = context.units.filter((unit) => unit.manager && unit.manager.email.toLowerCase() === context.me.email.toLowerCase());
  const myUnitIds = mine.reduce<number[]>((ids, unit) => ids.concat(descendantUnitIds(context.units, unit.id)), []);
  const shown = onlyMine && myUnitIds.length > 0 ? entries.filter((entry) => concernsUnits(entry, myUnitIds)) : entries;
  const picked = entries.filter((entry) => entry.id === pickedId)[0] || shown[0];

  const save = async (draft: IScanningDraft, existing?: IScanningEntry): Promise<ScanningErrors | undefined> => {
    setBusy(true);
    try {
      const result = await services.scanning.save(draft, requestId, existing);
      if (result.kind === 'invalid') return result.errors;
      if (result.kind === 'conflict') {
        setConflict(true);
        replace({ entries: entries.map((entry) => (entry.id === result.theirs.id ? result.theirs : entry)), mayRecord });
        setMode({ kind: 'list' });
        return undefined;
      }
      setRequestId(newClientRequestId());
      const others = entries.filter((entry) => entry.id !== result.entry.id);
      replace({ entries: [result.entry].concat(others).sort((a, b) => b.observedOn.localeCompare(a.observedOn) || b.id - a.id), mayRecord });
      setPickedId(result.entry.id);
      setMode({ kind: 'list' });
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  if (mode.kind !== 'list') {
    const existing = mode.kind === 'edit' ? mode.entry : undefined;
    return <ScanningForm entry={existing} units={context.units} now={new Date()} busy={busy} onSave={(draft) => save(draft, existing)} onCancel={() => setMode({ kind: 'list' })} />;
  }
  return (
    <Stack tokens={{ childrenGap: 12 }} data-trygg="scanning">
      <Text block>{strings.Scanning.Intro}</Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {mayRecord && <PrimaryButton text={strings.Scanning.New} onClick={() => setMode({ kind: 'new' })} />}
        {myUnitIds.length > 0 && (
          <DefaultButton text={onlyMine ? strings.Scanning.ShowAll : strings.Scanning.ShowMine} aria-pressed={onlyMine} onClick={() => setOnlyMine(!onlyMine)} />
        )}
      </Stack>
      {conflict && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline onDismiss={() => setConflict(false)}>
          {strings.Scanning.Conflict}
        </MessageBar>
      )}
      {shown.length === 0 ? (
        <Text block>{strings.Scanning.Empty}</Text>
      ) : (
        <div className={classes.layout}>
          <nav aria-label={strings.Scanning.ListLabel}>
            <ul className={classes.list}>
              {shown.map((entry) => (
                <li key={entry.id} className={classes.item}>
                  <DefaultButton
                    styles={{ root: { border: 'none', padding: 0, height: 'auto', textAlign: 'left', minWidth: 0 }, flexContainer: { justifyContent: 'flex-start' } }}
                    aria-current={picked && picked.id === entry.id ? 'true' : undefined}
                    onClick={() => setPickedId(entry.id)}
                  >
                    <span className={picked && picked.id === entry.id ? classes.picked : undefined}>
                      {formatDate(entry.observedOn)} · {entry.title}
                      <br />
                      <span style={{ fontSize: 12 }}>{entry.areas.map(areaLabel).join(', ')}</span>
                    </span>
                  </DefaultButton>
                </li>
              ))}
            </ul>
          </nav>
          {picked && (
            <ScanningEntryView
              key={picked.id}
              services={services}
              context={context}
              entry={picked}
              onOpenRisk={props.onOpenRisk}
              onEdit={mayRecord ? () => setMode({ kind: 'edit', entry: picked }) : undefined}
            />
          )}
        </div>
      )}
    </Stack>
  );
}
