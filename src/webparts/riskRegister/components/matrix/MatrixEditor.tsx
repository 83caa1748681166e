import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { matrixErrors } from '../../../../domain/risks/matrix';
import { IRiskMatrix } from '../../../../domain/risks/types';
import { ITryggServices } from '../../../../services/ITryggServices';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { Section } from '../../../../components/Section';
import { runDetached } from '../../../../components/runDetached';
import { format } from '../../../../common/format';
import { MatrixStart, startFrom, withCell } from '../../matrixDraft';
import { errorsByPath, matrixErrorText } from '../../matrixErrorText';
import { cellLabel } from '../../labels';
import { MatrixGrid } from '../MatrixGrid';
import { StepFields } from './StepFields';
import { LevelFields } from './LevelFields';

export interface IMatrixEditorProps {
  services: ITryggServices;
  current: IRiskMatrix;
  onCancel: () => void;
  onSaved: () => void;
}

const STARTS: readonly MatrixStart[] = ['current', '4x4', '5x5'];

/**
 * A new version of the matrix, edited with a live preview. Nothing is stored until it has no
 * problems (domain matrixErrors, listed as text and at each field) and the security function saves;
 * the stored risks keep their version and are re-mapped visibly when opened.
 */
export default function MatrixEditor(props: IMatrixEditorProps): React.ReactElement {
  const { current } = props;
  const [start, setStart] = React.useState<MatrixStart>('current');
  const [draft, setDraft] = React.useState<IRiskMatrix>(() => startFrom('current', current));
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [saved, setSaved] = React.useState<number | undefined>(undefined);
  const problems = React.useMemo(() => matrixErrors(draft), [draft]);
  const byPath = React.useMemo(() => errorsByPath(problems), [problems]);

  const startOptions: IDropdownOption[] = STARTS.map((choice) => ({
    key: choice,
    text: choice === 'current' ? format(strings.StartFromCurrent, current.version) : strings.Presets[`preset-${choice}`]
  }));
  const levelOptions = draft.levels.map((level) => ({ key: level.key, text: level.name }));

  const save = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      const stored = await props.services.risks.saveMatrix(draft);
      setSaved(stored.version);
      props.onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 16 }} data-matrix-editor>
      <Text as="h3" variant="large" block styles={{ root: { margin: 0 } }}>
        {format(strings.EditorHeading, draft.version)}
      </Text>
      <Text block styles={{ root: { maxWidth: 760 } }}>
        {strings.EditorIntro}
      </Text>
      <Dropdown
        label={strings.StartFromLabel}
        options={startOptions}
        selectedKey={start}
        styles={{ root: { maxWidth: 320 } }}
        onChange={(_, option) => {
          if (!option) return;
          setStart(option.key as MatrixStart);
          setDraft(startFrom(option.key as MatrixStart, current));
        }}
      />
      <Section id="trygg-matrix-preview" heading={strings.PreviewHeading}>
        <MatrixGrid
          matrix={draft}
          name="preview"
          caption={strings.PreviewCaption}
          renderCell={(likelihood, consequence) => (
            <select
              aria-label={format(strings.CellLevelFor, cellLabel(draft, likelihood, consequence))}
              value={draft.cells[likelihood - 1][consequence - 1]}
              onChange={(event) => setDraft(withCell(draft, likelihood, consequence, event.target.value))}
              style={{ maxWidth: '100%', font: 'inherit', fontSize: 12, background: 'rgba(255,255,255,0.6)', color: 'inherit', border: '1px solid currentColor' }}
            >
              {levelOptions.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.text}
                </option>
              ))}
            </select>
          )}
        />
      </Section>
      <StepFields axis="likelihood" matrix={draft} errors={byPath} onChange={setDraft} />
      <StepFields axis="consequence" matrix={draft} errors={byPath} onChange={setDraft} />
      <LevelFields matrix={draft} errors={byPath} onChange={setDraft} />
      <div role="status" aria-live="polite">
        {problems.length > 0 ? (
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline data-matrix-errors={problems.length}>
            {strings.MatrixErrorsIntro}
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {problems.map((problem) => (
                <li key={`${problem.path}-${problem.error}`}>{matrixErrorText(problem, draft)}</li>
              ))}
            </ul>
          </MessageBar>
        ) : saved !== undefined ? (
          <MessageBar messageBarType={MessageBarType.success}>{format(strings.MatrixSaved, saved)}</MessageBar>
        ) : (
          <Text block>{strings.MatrixReady}</Text>
        )}
      </div>
      {failure !== undefined && <ErrorMessageBar error={failure} onDismiss={() => setFailure(undefined)} />}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={format(strings.SaveMatrix, draft.version)} disabled={busy || problems.length > 0} onClick={() => runDetached(save())} />
        <DefaultButton text={strings.Cancel} disabled={busy} onClick={props.onCancel} />
      </Stack>
    </Stack>
  );
}
