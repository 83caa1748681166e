export { RiskImportPanel } from './RiskImportPanel';
export type { IRiskImportPanelProps } from './RiskImportPanel';
export { ExportButton } from './ExportButton';
export type { IExportButtonProps } from './ExportButton';
