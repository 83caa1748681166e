import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'RiskRegisterWebPartStrings';
import { format } from '../../../../common/format';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { runDetached } from '../../../../components/runDetached';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IRiskPage, IRiskQuery } from '../../../../domain/risks/repositories';
import { RISK_IMPORT_MAX_ROWS } from '../../../../domain/risks/riskImport';
import { IRisk, IRiskMatrix } from '../../../../domain/risks/types';
import { collectRisks } from '../../excel/exportRiskRegister';
import { downloadBlob } from '../../../../components/downloadBlob';
import { writeRiskWorkbook } from '../../excel/riskWorkbook';

export interface IExportButtonProps {
  /** services.risks: the register's own query, page by page. */
  risks: { query(query: IRiskQuery): Promise<IRiskPage> };
  /** The register's current filter as a query (registerFilter.ts toRiskQuery); 'none' selects nothing. */
  query: IRiskQuery | 'none';
  /** What the register filters in the browser (a search), so the file holds what the list shows. */
  matches?: (risk: IRisk) => boolean;
  matrix: IRiskMatrix;
  units: readonly IOrganisationUnit[];
  /** The clock, for the file's date. */
  now: () => Date;
}

type ExportState = { readonly kind: 'idle' } | { readonly kind: 'working' } | { readonly kind: 'tooMany' } | { readonly kind: 'failed'; readonly error: unknown };

/** Downloads the filtered register as .xlsx, in the columns an import reads back unchanged. */
export function ExportButton(props: IExportButtonProps): React.ReactElement {
  const [state, setState] = React.useState<ExportState>({ kind: 'idle' });
  const { query } = props;

  const onExport = async (): Promise<void> => {
    if (query === 'none') return;
    setState({ kind: 'working' });
    try {
      const risks = await collectRisks(props.risks, query, props.matches);
      if (risks === 'tooMany') {
        setState({ kind: 'tooMany' });
        return;
      }
      const blob = await writeRiskWorkbook(risks, props.matrix, props.units, {
        risksSheet: strings.ExportSheetRisks,
        matrixSheet: strings.ExportSheetMatrix,
        likelihood: strings.ExportLikelihood,
        consequence: strings.ExportConsequence,
        levels: strings.ExportLevels,
        step: strings.ExportStep,
        name: strings.ExportName,
        description: strings.ExportDescription
      });
      downloadBlob(blob, `${strings.ExportFileName}-${props.now().toISOString().slice(0, 10)}.xlsx`);
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <DefaultButton
        iconProps={{ iconName: 'ExcelDocument' }}
        text={state.kind === 'working' ? strings.ExportWorking : strings.ExportButton}
        disabled={state.kind === 'working' || query === 'none'}
        onClick={() => runDetached(onExport())}
        data-trygg="risk-export"
      />
      {state.kind === 'tooMany' && (
        <MessageBar messageBarType={MessageBarType.warning} onDismiss={() => setState({ kind: 'idle' })}>
          {format(strings.ExportTooMany, RISK_IMPORT_MAX_ROWS)}
        </MessageBar>
      )}
      {state.kind === 'failed' && <ErrorMessageBar error={state.error} onDismiss={() => setState({ kind: 'idle' })} onRetry={() => runDetached(onExport())} />}
    </Stack>
  );
}
