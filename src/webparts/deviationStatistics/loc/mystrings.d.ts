declare interface IDeviationStatisticsWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  /** BCP 47 tag for month names and numbers. */
  Locale: string;

  PeriodLabel: string;
  /** By PeriodPreset. */
  Periods: Record<string, string>;
  UnitFilterLabel: string;
  WholeRegion: string;
  /** {0} scope (unit or whole region), {1} period. */
  ScopeSummary: string;
  ScopeLabel: string;
  /** The summary sheet's heading for what the figures count. */
  SourceLabel: string;
  /** Live figures: every case, as it is now (the security function). */
  SourceLive: string;
  /** {0} date and time the region's figures were compiled. */
  SourceCompiled: string;
  /** The aggregate has never been compiled: no figures yet, and no error. */
  SourceNotCompiled: string;
  NoCasesInPeriod: string;
  NoValue: string;
  ExportToExcel: string;
  /** File name without extension and period. */
  ExportFileName: string;

  TileReported: string;
  TileOpen: string;
  TileClosed: string;
  TileRejected: string;
  TileOverdueCases: string;
  TileMedianAcknowledge: string;
  TileMedianClose: string;
  /** {0} number of cases the median is taken over. */
  TileMedianBasis: string;
  /** {0} number of cases; the summary sheet's wording. */
  TileMedianAcknowledgeSheet: string;
  /** {0} number of cases; the summary sheet's wording. */
  TileMedianCloseSheet: string;
  TileOpenActions: string;
  TileOverdueActions: string;

  MonthsCaption: string;
  AreasCaption: string;
  TypesCaption: string;
  UnitsCaption: string;
  ColumnMonth: string;
  ColumnReported: string;
  ColumnBar: string;
  ColumnArea: string;
  ColumnType: string;
  ColumnUnit: string;
  ColumnTotal: string;
  ColumnShare: string;
  ColumnTrend: string;
  /** {0} first month, {1} last month. */
  ColumnPerMonth: string;
  ColumnOwn: string;
  ColumnRolledUp: string;
  ColumnOpen: string;
  ColumnMeasure: string;
  ColumnValue: string;
  /** {0} last three months, {1} the three before. */
  TrendText: string;
  /** {0} last three months, {1} the three before. */
  TrendExplained: string;

  SheetSummary: string;
  SheetMonths: string;
  SheetAreas: string;
  SheetTypes: string;
  SheetUnits: string;
}

declare module 'DeviationStatisticsWebPartStrings' {
  const strings: IDeviationStatisticsWebPartStrings;
  export = strings;
}
