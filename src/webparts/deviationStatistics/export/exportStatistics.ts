import { IDeviationStatistics } from '../../../domain/deviations/statistics';
import { statisticsSheets } from './statisticsSheets';
import { writeXlsx, XLSX_MIME_TYPE } from './xlsx';
import { downloadBlob } from '../../../components/downloadBlob';

/**
 * Builds the workbook and hands it to the browser as a download. Loaded on demand, so the
 * statistics page does not carry the writer until someone exports.
 */
export function exportStatisticsToExcel(statistics: IDeviationStatistics, scope: string, periodText: string, source: string, fileName: string): void {
  const bytes = writeXlsx(statisticsSheets(statistics, scope, periodText, source));
  downloadBlob(new Blob([bytes], { type: XLSX_MIME_TYPE }), fileName);
}
