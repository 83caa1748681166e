import { IDeviationStatistics } from '../../../domain/deviations/statistics';
import { statisticsSheets } from './statisticsSheets';
import { writeXlsx, XLSX_MIME_TYPE } from './xlsx';

/**
 * Builds the workbook and hands it to the browser as a download. Loaded on demand, so the
 * statistics page does not carry the writer until someone exports.
 */
export function exportStatisticsToExcel(statistics: IDeviationStatistics, scope: string, periodText: string, source: string, fileName: string): void {
  const bytes = writeXlsx(statisticsSheets(statistics, scope, periodText, source));
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_MIME_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
