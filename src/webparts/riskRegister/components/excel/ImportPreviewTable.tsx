import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DetailsList, DetailsListLayoutMode, IColumn, SelectionMode } from '@fluentui/react/lib/DetailsList';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { format } from '../../../../common/format';
import { IImportPreview, IImportRowPreview } from '../../../../domain/risks/riskImport';
import { changeList, rowProblems } from './importText';

export interface IImportPreviewTableProps {
  preview: IImportPreview;
}

const columns = (): IColumn[] => [
  { key: 'row', name: strings.ImportColumnRow, minWidth: 40, maxWidth: 50, onRender: (row: IImportRowPreview) => row.rowNumber },
  { key: 'action', name: strings.ImportColumnAction, minWidth: 70, maxWidth: 90, onRender: (row: IImportRowPreview) => strings.ImportActions[row.action] },
  { key: 'risk', name: strings.ImportColumnRisk, minWidth: 160, maxWidth: 260, isMultiline: true, onRender: (row: IImportRowPreview) => row.draft.title },
  {
    key: 'details',
    name: strings.ImportColumnDetails,
    minWidth: 200,
    isMultiline: true,
    onRender: (row: IImportRowPreview) =>
      row.action === 'invalid' ? <span data-row-errors={row.rowNumber}>{rowProblems(row.errors)}</span> : row.action === 'update' ? changeList(row) : ''
  }
];

/**
 * What the import would do, row by row, before anything is saved. Rows with errors come first to
 * the eye: the table starts filtered to them when there are any.
 */
export function ImportPreviewTable(props: IImportPreviewTableProps): React.ReactElement {
  const { preview } = props;
  const { summary } = preview;
  const [onlyProblems, setOnlyProblems] = React.useState(summary.invalid > 0);
  const tableColumns = React.useMemo(columns, []);
  const rows = React.useMemo(() => (onlyProblems ? preview.rows.filter((row) => row.action === 'invalid') : preview.rows), [preview, onlyProblems]);
  return (
    <Stack tokens={{ childrenGap: 8 }} data-trygg="import-preview">
      <Text block role="status">
        {format(strings.ImportSummary, summary.total, summary.add, summary.update, summary.unchanged, summary.invalid)}
      </Text>
      {summary.invalid > 0 && <Checkbox label={strings.ImportOnlyErrors} checked={onlyProblems} onChange={(_event, checked) => setOnlyProblems(!!checked)} />}
      <DetailsList
        items={rows as IImportRowPreview[]}
        columns={tableColumns}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        compact
        getKey={(row: IImportRowPreview) => String(row.rowNumber)}
        ariaLabelForGrid={strings.ImportPreviewHeading}
      />
    </Stack>
  );
}
