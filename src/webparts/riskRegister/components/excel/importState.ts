/**
 * The import panel's steps as one reducer: choose a file → map columns and levels → preview →
 * apply → result. A change to a mapping after a preview drops the preview, so what is confirmed is
 * always what was shown.
 */
import { ColumnMapping, IImportPreview, LevelAxis, LevelMapping, labelKey, levelLabels, RiskColumnKey, suggestColumnMapping, suggestLevelMapping } from '../../../../domain/risks/riskImport';
import { IRiskMatrix } from '../../../../domain/risks/types';
import { ImportApplyResult } from '../../../../services/risks/RiskImportService';
import { RiskWorkbookResult, WorkbookRefusal } from '../../excel/riskWorkbook';

export type ReadWorkbook = Extract<RiskWorkbookResult, { kind: 'read' }>;
export type AppliedImport = Extract<ImportApplyResult, { kind: 'applied' }>;

interface IMapped {
  readonly fileName: string;
  readonly file: ReadWorkbook;
  readonly mapping: ColumnMapping;
  readonly levels: LevelMapping;
}

export type ImportState =
  | { readonly step: 'choose'; readonly refusal?: WorkbookRefusal; readonly fileName?: string }
  | { readonly step: 'reading'; readonly fileName: string }
  | (IMapped & { readonly step: 'map' | 'previewing'; readonly error?: unknown })
  | (IMapped & { readonly step: 'preview'; readonly preview: IImportPreview; readonly skipInvalid: boolean; readonly error?: unknown })
  | (IMapped & { readonly step: 'applying'; readonly preview: IImportPreview; readonly skipInvalid: boolean; readonly done: number })
  | { readonly step: 'done'; readonly fileName: string; readonly result: AppliedImport };

export type ImportAction =
  | { readonly type: 'reading'; readonly fileName: string }
  | { readonly type: 'read'; readonly result: RiskWorkbookResult; readonly matrix: IRiskMatrix }
  | { readonly type: 'mapColumn'; readonly key: RiskColumnKey; readonly index: number | undefined; readonly matrix: IRiskMatrix }
  | { readonly type: 'mapLevel'; readonly axis: LevelAxis; readonly label: string; readonly step: number | undefined }
  | { readonly type: 'previewing' }
  | { readonly type: 'previewed'; readonly preview: IImportPreview }
  | { readonly type: 'skipInvalid'; readonly skip: boolean }
  | { readonly type: 'applying' }
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'applied'; readonly result: AppliedImport }
  | { readonly type: 'failed'; readonly error: unknown }
  | { readonly type: 'reset' };

export const INITIAL_IMPORT_STATE: ImportState = { step: 'choose' };

/** Levels for the labels the mapping now reads: a choice already made stays, a new label gets a suggestion. */
function relevel(file: ReadWorkbook, mapping: ColumnMapping, matrix: IRiskMatrix, before?: LevelMapping): LevelMapping {
  const suggested = suggestLevelMapping(levelLabels(file.rows, mapping), matrix);
  if (!before) return suggested;
  const keep = (axis: LevelAxis): Record<string, number | undefined> => {
    const merged: Record<string, number | undefined> = {};
    for (const key of Object.keys(suggested[axis])) merged[key] = key in before[axis] ? before[axis][key] : suggested[axis][key];
    return merged;
  };
  return { likelihood: keep('likelihood'), consequence: keep('consequence') };
}

function mapped(state: ImportState): IMapped | undefined {
  return 'mapping' in state ? { fileName: state.fileName, file: state.file, mapping: state.mapping, levels: state.levels } : undefined;
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  const current = mapped(state);
  switch (action.type) {
    case 'reading':
      return { step: 'reading', fileName: action.fileName };
    case 'read': {
      const fileName = 'fileName' in state && state.fileName ? state.fileName : '';
      if (action.result.kind === 'refused') return { step: 'choose', refusal: action.result.reason, fileName };
      const mapping = suggestColumnMapping(action.result.headers);
      return { step: 'map', fileName, file: action.result, mapping, levels: relevel(action.result, mapping, action.matrix) };
    }
    case 'mapColumn': {
      if (!current || state.step === 'applying') return state;
      const mapping: ColumnMapping = { ...current.mapping };
      // A file column feeds one register column: choosing it here frees it elsewhere.
      (Object.keys(mapping) as RiskColumnKey[]).forEach((key) => mapping[key] === action.index && delete mapping[key]);
      if (action.index === undefined) delete mapping[action.key];
      else mapping[action.key] = action.index;
      return { ...current, step: 'map', mapping, levels: relevel(current.file, mapping, action.matrix, current.levels) };
    }
    case 'mapLevel': {
      if (!current || state.step === 'applying') return state;
      const axis = { ...current.levels[action.axis], [labelKey(action.label)]: action.step };
      return { ...current, step: 'map', levels: { ...current.levels, [action.axis]: axis } };
    }
    case 'previewing':
      return current ? { ...current, step: 'previewing' } : state;
    case 'previewed':
      return current ? { ...current, step: 'preview', preview: action.preview, skipInvalid: false } : state;
    case 'skipInvalid':
      return state.step === 'preview' ? { ...state, skipInvalid: action.skip } : state;
    case 'applying':
      return state.step === 'preview' ? { ...state, step: 'applying', done: 0 } : state;
    case 'progress':
      return state.step === 'applying' ? { ...state, done: action.done } : state;
    case 'applied':
      return { step: 'done', fileName: current ? current.fileName : '', result: action.result };
    case 'failed':
      if (state.step === 'applying') return { ...state, step: 'preview', error: action.error };
      if (state.step === 'previewing') return { ...state, step: 'map', error: action.error };
      return state.step === 'reading' ? { step: 'choose', refusal: 'readerUnavailable', fileName: state.fileName } : state;
    case 'reset':
      return INITIAL_IMPORT_STATE;
  }
}
