import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'AnnualReportWebPartStrings';
import { format } from '../../../common/format';
import { downloadBlob } from '../../../components/downloadBlob';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { runDetached } from '../../../components/runDetached';
import { IAnnualReport } from '../../../domain/pdsa/annualReport';
import { reportDocument, reportFileName } from '../export/reportDocument';
import { reportLabels } from '../labels';

type FileKind = 'excel' | 'pdf';

type WriteState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'writing'; readonly file: FileKind }
  | { readonly kind: 'done'; readonly fileName: string }
  /** The writer's code could not be fetched (offline): nothing is wrong with the report. */
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed'; readonly error: unknown; readonly file: FileKind };

/** Each writer with its library is fetched only when someone asks for that file. */
async function writeFile(report: IAnnualReport, file: FileKind): Promise<{ blob: Blob; fileName: string } | 'unavailable'> {
  const document = reportDocument(report, reportLabels());
  if (file === 'excel') {
    const writer = await import(/* webpackChunkName: 'trygg-annual-report-excel' */ '../export/annualReportExcel').catch(() => undefined);
    if (!writer) return 'unavailable';
    return { blob: await writer.annualReportExcel(document), fileName: reportFileName(document, strings.FileName, 'xlsx') };
  }
  const writer = await import(/* webpackChunkName: 'trygg-annual-report-pdf' */ '../export/annualReportPdf').catch(() => undefined);
  if (!writer) return 'unavailable';
  return { blob: writer.annualReportPdf(document, { pageOf: strings.PageOf, contents: strings.Contents }), fileName: reportFileName(document, strings.FileName, 'pdf') };
}

export interface IExportButtonsProps {
  /** Undefined while the report is being gathered: the buttons wait for it. */
  report?: IAnnualReport;
}

/** The two downloads, with a progress indicator while a file is written and the outcome in words. */
export function ExportButtons(props: IExportButtonsProps): React.ReactElement {
  const [state, setState] = React.useState<WriteState>({ kind: 'idle' });
  const { report } = props;

  const write = async (file: FileKind): Promise<void> => {
    if (!report) return;
    setState({ kind: 'writing', file });
    try {
      const written = await writeFile(report, file);
      if (written === 'unavailable') {
        setState({ kind: 'unavailable' });
        return;
      }
      downloadBlob(written.blob, written.fileName);
      setState({ kind: 'done', fileName: written.fileName });
    } catch (error) {
      setState({ kind: 'failed', error, file });
    }
  };

  const busy = !report || state.kind === 'writing';
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text={strings.ExcelButton} disabled={busy} onClick={() => runDetached(write('excel'))} data-trygg="annual-report-excel" />
        <DefaultButton iconProps={{ iconName: 'PDF' }} text={strings.PdfButton} disabled={busy} onClick={() => runDetached(write('pdf'))} data-trygg="annual-report-pdf" />
      </Stack>
      {state.kind === 'writing' && <ProgressIndicator label={state.file === 'excel' ? strings.WritingExcel : strings.WritingPdf} data-trygg="annual-report-writing" />}
      {state.kind === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setState({ kind: 'idle' })} data-trygg="annual-report-downloaded">
          {format(strings.Downloaded, state.fileName)}
        </MessageBar>
      )}
      {state.kind === 'unavailable' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline onDismiss={() => setState({ kind: 'idle' })}>
          {strings.WriterUnavailable}
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <ErrorMessageBar error={state.error} onDismiss={() => setState({ kind: 'idle' })} onRetry={() => runDetached(write(state.file))} />
      )}
    </Stack>
  );
}
