import * as strings from 'DeviationStatisticsWebPartStrings';
import { IBreakdownRow, IDeviationStatistics } from '../../../domain/deviations/statistics';
import { format } from '../../../common/format';
import { areaName, monthName, typeName } from '../labels';
import { Cell, ISheet } from './xlsx';

function roundDays(days: number | undefined): Cell {
  return days === undefined ? undefined : Math.round(days * 10) / 10;
}

function breakdownSheet(name: string, keyHeading: string, rows: readonly IBreakdownRow[], months: readonly string[], label: (key: string) => string): ISheet {
  return {
    name,
    widths: [28, 10, ...months.map(() => 10)],
    rows: [[keyHeading, strings.ColumnTotal, ...months.map(monthName)], ...rows.map((row) => [label(row.key), row.total, ...row.byMonth])]
  };
}

/** The figures on screen as worksheets: summary (with what they count), per month, area, type and unit. */
export function statisticsSheets(statistics: IDeviationStatistics, scope: string, periodText: string, source: string): ISheet[] {
  const summary: ISheet = {
    name: strings.SheetSummary,
    widths: [44, 16],
    rows: [
      [strings.ColumnMeasure, strings.ColumnValue],
      [strings.ScopeLabel, scope],
      [strings.PeriodLabel, periodText],
      [strings.SourceLabel, source],
      [strings.TileReported, statistics.total],
      [strings.TileOpen, statistics.open],
      [strings.TileClosed, statistics.closed],
      [strings.TileRejected, statistics.rejected],
      [strings.TileOverdueCases, statistics.overdueCases],
      [format(strings.TileMedianAcknowledgeSheet, statistics.acknowledgedCount), roundDays(statistics.medianDaysToAcknowledgement)],
      [format(strings.TileMedianCloseSheet, statistics.closedCount), roundDays(statistics.medianDaysToClosure)],
      [strings.TileOpenActions, statistics.openActions],
      [strings.TileOverdueActions, statistics.overdueActions]
    ]
  };
  const perMonth: ISheet = {
    name: strings.SheetMonths,
    widths: [16, 10],
    rows: [[strings.ColumnMonth, strings.ColumnReported], ...statistics.months.map((month, i) => [monthName(month), statistics.byMonth[i]])]
  };
  const perUnit: ISheet = {
    name: strings.SheetUnits,
    widths: [40, 12, 14, 12],
    rows: [
      [strings.ColumnUnit, strings.ColumnOwn, strings.ColumnRolledUp, strings.ColumnOpen],
      // Indentation shows the hierarchy in the sheet as on screen.
      ...statistics.byUnit.map((row) => [`${'  '.repeat(row.depth)}${row.unit.title}`, row.own, row.total, row.open])
    ]
  };
  return [
    summary,
    perMonth,
    breakdownSheet(strings.SheetAreas, strings.ColumnArea, statistics.byArea, statistics.months, areaName),
    breakdownSheet(strings.SheetTypes, strings.ColumnType, statistics.byType, statistics.months, typeName),
    perUnit
  ];
}
