/** The register's columns in an Excel file, and how a file's headers and level labels map onto them and onto the matrix. */
import { IRiskMatrix } from './types';
import { remapStep } from './matrix';


/** The most data rows a file may bring: a preview people can read, and an import that ends. */
export const RISK_IMPORT_MAX_ROWS = 5000;

export type RiskColumnKey =
  | 'riskNumber' | 'title' | 'cause' | 'event' | 'consequenceDescription' | 'area' | 'unit' | 'asset' | 'source' | 'threat'
  | 'vulnerability' | 'cia' | 'existingControls' | 'inherentLikelihood' | 'inherentConsequence' | 'currentLikelihood'
  | 'currentConsequence' | 'targetLikelihood' | 'targetConsequence' | 'treatment' | 'owner' | 'approver'
  | 'reviewIntervalMonths' | 'nextReviewAt';

export interface IRiskColumn {
  readonly key: RiskColumnKey;
  /** The header an export writes: the register's Swedish terms (SharePoint's column titles), a file format, not UI text. */
  readonly header: string;
  /** Other headers registers use for it, Swedish and English; compared without case, spaces or punctuation. */
  readonly aliases: readonly string[];
  readonly kind: 'text' | 'number' | 'date' | 'level';
}

const col = (key: RiskColumnKey, header: string, aliases: string[], kind: IRiskColumn['kind'] = 'text'): IRiskColumn => ({ key, header, aliases, kind });

/** In export order: the risk number first, so a re-import finds each risk. */
export const RISK_COLUMNS: readonly IRiskColumn[] = [
  col('riskNumber', 'Risknummer', ['Risknr', 'Risk number', 'Risk no', 'Risk ID']),
  col('title', 'Risk', ['Titel', 'Rubrik', 'Benämning', 'Title', 'Risk title', 'Risk name', 'Name']),
  col('cause', 'Orsak', ['Orsaker', 'Cause', 'Causes', 'Root cause']),
  col('event', 'Händelse', ['Riskhändelse', 'Event', 'Risk event']),
  col('consequenceDescription', 'Konsekvens (beskrivning)', ['Konsekvensbeskrivning', 'Consequence description', 'Impact description']),
  col('area', 'Säkerhetsområde', ['Område', 'Security area', 'Area']),
  col('unit', 'Enhet', ['Organisationsenhet', 'Unit', 'Organisational unit', 'Organizational unit', 'Department']),
  col('asset', 'Tillgång, process eller plats', ['Tillgång', 'Objekt', 'Asset', 'Asset, process or place']),
  col('source', 'Källa', ['Riskkälla', 'Source', 'Risk source']),
  col('threat', 'Hot', ['Threat', 'Threats']),
  col('vulnerability', 'Sårbarhet', ['Sårbarheter', 'Vulnerability', 'Vulnerabilities']),
  col('cia', 'Påverkar (KRT)', ['KRT', 'Påverkar', 'CIA', 'CIA impact']),
  col('existingControls', 'Befintliga skydd', ['Befintliga åtgärder', 'Befintliga kontroller', 'Existing controls', 'Controls']),
  col('inherentLikelihood', 'Ursprunglig: sannolikhet', ['Inneboende sannolikhet', 'Inherent likelihood', 'Inherent probability'], 'level'),
  col('inherentConsequence', 'Ursprunglig: konsekvens', ['Inneboende konsekvens', 'Inherent consequence', 'Inherent impact'], 'level'),
  col('currentLikelihood', 'Nuvarande: sannolikhet', ['Sannolikhet', 'Likelihood', 'Probability', 'Current likelihood'], 'level'),
  col('currentConsequence', 'Nuvarande: konsekvens', ['Konsekvens', 'Consequence', 'Impact', 'Current consequence', 'Current impact'], 'level'),
  col('targetLikelihood', 'Mål: sannolikhet', ['Målsannolikhet', 'Target likelihood', 'Residual likelihood'], 'level'),
  col('targetConsequence', 'Mål: konsekvens', ['Målkonsekvens', 'Target consequence', 'Target impact', 'Residual impact'], 'level'),
  col('treatment', 'Behandling', ['Riskbehandling', 'Hantering', 'Treatment', 'Risk treatment']),
  col('owner', 'Riskägare', ['Ägare', 'Ansvarig', 'Owner', 'Risk owner']),
  col('approver', 'Godkännare', ['Godkänd av', 'Approver']),
  col('reviewIntervalMonths', 'Översynsintervall (månader)', ['Översynsintervall', 'Review interval', 'Review interval (months)'], 'number'),
  col('nextReviewAt', 'Nästa översyn', ['Nästa uppföljning', 'Next review', 'Review date'], 'date')
];

/** Without these no row can become a risk. */
export const REQUIRED_RISK_COLUMNS: readonly RiskColumnKey[] = ['title', 'area', 'unit'];

/** One data row of the file: its row number as the spreadsheet shows it, and each cell as text. */
export interface IImportRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/** Which of the file's columns (0-based) holds each register column; absent: not imported. */
export type ColumnMapping = Partial<Record<RiskColumnKey, number>>;

export type LevelAxis = 'likelihood' | 'consequence';
/** A label as found in the file → a step of the current matrix; keyed by labelKey(label). */
export type LevelMapping = Readonly<Record<LevelAxis, Readonly<Record<string, number | undefined>>>>;

/** Headers and labels compared as people mean them: no case, accents, spaces or punctuation. */
export function loose(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The key a level label is mapped under: trimmed, single-spaced, lower case. */
export function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Each register column onto the first header that names it; a header is used once. */
export function suggestColumnMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  // Own headers first, so the export's "Konsekvens (beskrivning)" never loses to the alias "Konsekvens".
  for (const pass of ['header', 'alias'] as const) {
    for (const column of RISK_COLUMNS) {
      if (mapping[column.key] !== undefined) continue;
      const names = (pass === 'header' ? [column.header] : column.aliases).map(loose);
      const index = headers.findIndex((header, i) => !used.has(i) && names.indexOf(loose(header)) >= 0);
      if (index >= 0) {
        mapping[column.key] = index;
        used.add(index);
      }
    }
  }
  return mapping;
}

/** Required register columns the mapping leaves out. */
export function missingColumns(mapping: ColumnMapping): RiskColumnKey[] {
  return REQUIRED_RISK_COLUMNS.filter((key) => mapping[key] === undefined);
}

const AXIS_COLUMNS: Readonly<Record<LevelAxis, readonly RiskColumnKey[]>> = {
  likelihood: ['inherentLikelihood', 'currentLikelihood', 'targetLikelihood'],
  consequence: ['inherentConsequence', 'currentConsequence', 'targetConsequence']
};

/** The distinct labels in the mapped likelihood and consequence columns, as first written. */
export function levelLabels(rows: readonly IImportRow[], mapping: ColumnMapping): Record<LevelAxis, string[]> {
  const collect = (axis: LevelAxis): string[] => {
    const seen = new Map<string, string>();
    for (const key of AXIS_COLUMNS[axis]) {
      const index = mapping[key];
      if (index === undefined) continue;
      for (const row of rows) {
        const text = (row.cells[index] || '').trim();
        if (text && !seen.has(labelKey(text))) seen.set(labelKey(text), text);
      }
    }
    return Array.from(seen.values());
  };
  return { likelihood: collect('likelihood'), consequence: collect('consequence') };
}

/** Ordinal words registers use for either axis, lowest first; mapped by relative position. */
const GENERIC_SCALES: readonly (readonly string[])[] = [
  ['låg', 'medel', 'hög'],
  ['låg', 'medel', 'hög', 'mycket hög'],
  ['mycket låg', 'låg', 'medel', 'hög', 'mycket hög'],
  ['low', 'medium', 'high'],
  ['low', 'medium', 'high', 'very high'],
  ['very low', 'low', 'medium', 'high', 'very high']
];

/**
 * A suggested step for each label: a step number ('3', '3 – Möjlig'), a step's name on that axis
 * ('Sannolik'), or an ordinal word ('Hög') by its place on the shortest scale holding all of the
 * axis's words. Undefined where nothing fits: the person maps it, or its rows are refused.
 */
export function suggestLevelMapping(labels: Readonly<Record<LevelAxis, readonly string[]>>, matrix: IRiskMatrix): LevelMapping {
  const one = (axis: LevelAxis): Record<string, number | undefined> => {
    const steps = matrix[axis];
    const size = steps.length;
    const result: Record<string, number | undefined> = {};
    const words: string[] = [];
    for (const label of labels[axis]) {
      const key = labelKey(label);
      const number = /^(\d+)(?:\s*[-–:.)]?\s.*)?$/.exec(key);
      const step = number ? Number(number[1]) : (steps.filter((s) => labelKey(s.name) === key)[0] || { value: 0 }).value;
      if (step >= 1 && step <= size) result[key] = step;
      else if (!number) words.push(key);
    }
    const scale = GENERIC_SCALES.filter((s) => words.length > 0 && words.every((w) => s.indexOf(w) >= 0))[0];
    for (const word of words) result[word] = scale ? remapStep(scale.indexOf(word) + 1, scale.length, size) : undefined;
    return result;
  };
  return { likelihood: one('likelihood'), consequence: one('consequence') };
}
