import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { ITextStyles, Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { format } from '../../../../common/format';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { runDetached } from '../../../../components/runDetached';
import { levelLabels, missingColumns, previewImport } from '../../../../domain/risks/riskImport';
import { IRiskMatrix } from '../../../../domain/risks/types';
import { IRiskImportService } from '../../../../services/risks/RiskImportService';
import { readRiskWorkbook } from '../../excel/riskWorkbook';
import { ColumnMappingFields } from './ColumnMappingFields';
import { importReducer, INITIAL_IMPORT_STATE } from './importState';
import { refusalText } from './importText';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportResultView } from './ImportResultView';
import { LevelMappingFields } from './LevelMappingFields';

export interface IRiskImportPanelProps {
  /** services.riskImport: reads for the preview, writes only on confirm. */
  importer: IRiskImportService;
  /** The matrix in force: labels are placed on its steps. */
  matrix: IRiskMatrix;
  isOpen: boolean;
  onDismiss: () => void;
  /** After an import that saved something, so the register reloads. */
  onImported: () => void;
}

const SECTION: ITextStyles = { root: { fontWeight: 600 } };

/**
 * Imports a register from an .xlsx: choose a file, map its columns and level labels, preview every
 * row with its errors, and only then confirm. Nothing is saved before the confirm button.
 */
export function RiskImportPanel(props: IRiskImportPanelProps): React.ReactElement {
  const { importer, matrix } = props;
  const [state, dispatch] = React.useReducer(importReducer, INITIAL_IMPORT_STATE);
  const input = React.useRef<HTMLInputElement>(null);
  const busy = state.step === 'reading' || state.step === 'previewing' || state.step === 'applying';

  const onFile = (file: File | undefined): void => {
    if (!file) return;
    dispatch({ type: 'reading', fileName: file.name });
    runDetached(readRiskWorkbook(file).then((result) => dispatch({ type: 'read', result, matrix }), (error: unknown) => dispatch({ type: 'failed', error })));
  };

  const onPreview = (): void => {
    if (state.step !== 'map') return;
    const { file, mapping, levels } = state;
    dispatch({ type: 'previewing' });
    runDetached(
      importer.context(file.rows, mapping, matrix).then(
        (context) => dispatch({ type: 'previewed', preview: previewImport(file.rows, mapping, levels, context) }),
        (error: unknown) => dispatch({ type: 'failed', error })
      )
    );
  };

  const onConfirm = (): void => {
    if (state.step !== 'preview') return;
    const { preview, file, skipInvalid } = state;
    dispatch({ type: 'applying' });
    const work = importer.apply(preview, file.fileId, { skipInvalid, onProgress: (done) => dispatch({ type: 'progress', done }) }).then((result) => {
      // The confirm button is offered only when apply will not refuse; a refusal means the preview changed under it.
      if (result.kind === 'refused') throw new RangeError('The preview has rows with errors.');
      dispatch({ type: 'applied', result });
      if (result.counts.added + result.counts.updated + result.counts.alreadyAdded > 0) props.onImported();
    });
    runDetached(work.catch((error: unknown) => dispatch({ type: 'failed', error })));
  };

  const close = (): void => {
    if (state.step === 'applying') return; // leaving mid-import would hide which rows were saved
    dispatch({ type: 'reset' });
    props.onDismiss();
  };

  const toWrite = 'preview' in state ? state.preview.summary.add + state.preview.summary.update : 0;
  const invalid = 'preview' in state ? state.preview.summary.invalid : 0;
  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      {(state.step === 'preview' || state.step === 'applying') && toWrite > 0 && (
        <PrimaryButton text={format(strings.ImportConfirm, toWrite)} disabled={busy || (invalid > 0 && !state.skipInvalid)} onClick={onConfirm} />
      )}
      <DefaultButton text={state.step === 'done' ? strings.ImportClose : strings.Cancel} disabled={state.step === 'applying'} onClick={close} />
    </Stack>
  );

  return (
    <Panel
      isOpen={props.isOpen}
      type={PanelType.large}
      headerText={strings.ImportPanelTitle}
      isBlocking={state.step === 'applying'}
      onDismiss={close}
      onRenderFooterContent={footer}
      isFooterAtBottom
      closeButtonAriaLabel={strings.ImportClose}
    >
      <Stack tokens={{ childrenGap: 16 }} data-trygg="risk-import" data-step={state.step}>
        <Text block>{strings.ImportIntro}</Text>
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={strings.ImportChooseFile}
            style={{ display: 'none' }}
            onChange={(event) => {
              onFile(event.target.files ? event.target.files[0] : undefined);
              event.target.value = ''; // the same file chosen again is read again
            }}
          />
          <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text={strings.ImportChooseFile} disabled={busy} onClick={() => input.current && input.current.click()} />
          {'fileName' in state && state.fileName && <Text>{state.fileName}</Text>}
        </Stack>
        {state.step === 'reading' && <Spinner label={strings.ImportReading} />}
        {state.step === 'choose' && state.refusal && (
          <MessageBar messageBarType={MessageBarType.error} data-refusal={state.refusal}>
            {refusalText(state.refusal)}
          </MessageBar>
        )}
        {'mapping' in state && (
          <>
            <Text block>{format(strings.ImportFileSummary, state.file.rows.length, state.file.sheetName)}</Text>
            <Text variant="large" block styles={SECTION}>
              {strings.ImportColumnsHeading}
            </Text>
            <ColumnMappingFields headers={state.file.headers} mapping={state.mapping} disabled={busy} onChange={(key, index) => dispatch({ type: 'mapColumn', key, index, matrix })} />
            <Text variant="large" block styles={SECTION}>
              {strings.ImportLevelsHeading}
            </Text>
            <LevelMappingFields
              labels={levelLabels(state.file.rows, state.mapping)}
              levels={state.levels}
              matrix={matrix}
              disabled={busy}
              onChange={(axis, label, step) => dispatch({ type: 'mapLevel', axis, label, step })}
            />
            {(state.step === 'map' || state.step === 'previewing') && (
              <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
                <PrimaryButton text={strings.ImportPreviewButton} disabled={busy || missingColumns(state.mapping).length > 0} onClick={onPreview} />
                {state.step === 'previewing' && <Spinner label={strings.ImportPreviewing} labelPosition="right" />}
              </Stack>
            )}
            {'error' in state && state.error !== undefined && <ErrorMessageBar error={state.error} />}
          </>
        )}
        {(state.step === 'preview' || state.step === 'applying') && (
          <>
            <Text variant="large" block styles={SECTION}>
              {strings.ImportPreviewHeading}
            </Text>
            <ImportPreviewTable preview={state.preview} />
            {invalid > 0 && (
              <Checkbox
                label={format(strings.ImportSkipInvalid, invalid)}
                checked={state.skipInvalid}
                disabled={busy}
                onChange={(_event, checked) => dispatch({ type: 'skipInvalid', skip: !!checked })}
              />
            )}
            {toWrite === 0 && <MessageBar>{strings.ImportNothingToDo}</MessageBar>}
            {state.step === 'applying' && <ProgressIndicator label={format(strings.ImportApplying, state.done, state.preview.rows.length)} percentComplete={state.done / Math.max(state.preview.rows.length, 1)} />}
          </>
        )}
        {state.step === 'done' && (
          <>
            <Text variant="large" block styles={SECTION}>
              {strings.ImportResultHeading}
            </Text>
            <ImportResultView result={state.result} />
            <DefaultButton text={strings.ImportAnotherFile} onClick={() => dispatch({ type: 'reset' })} />
          </>
        )}
      </Stack>
    </Panel>
  );
}
