/**
 * @jest-environment ./tools/jest/jsdomWithFetch.js
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * The import panel in a page (jsdom), with a stand-in for the service: a file is read, mapped,
 * previewed with its row errors, and nothing is applied until the person confirms. Packages are
 * resolved as in Node (exceljs's uuid ships its browser build as ES modules, which jest cannot load).
 */
import * as React from 'react';
import * as ExcelJS from 'exceljs';
import { webcrypto } from 'crypto';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { DEFAULT_RISK_MATRIX } from '../../../src/domain/risks/matrix';
import { IImportContext, IImportPreview } from '../../../src/domain/risks/riskImport';
import { IApplyOptions, ImportApplyResult, IRiskImportService } from '../../../src/services/risks/RiskImportService';
import { RiskImportPanel } from '../../../src/webparts/riskRegister/components/excel';
import { now, owner, units } from '../domain/risks/fixtures';

initializeIcons();
configure({ asyncUtilTimeout: 10_000 });
// jsdom has no SubtleCrypto; the browsers SharePoint supports do (the file's id is its SHA-256).
Object.defineProperty(window, 'crypto', { value: webcrypto, configurable: true });

async function xlsxFile(rows: ExcelJS.CellValue[][], name = 'register.xlsx'): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Risker');
  rows.forEach((row) => sheet.addRow(row));
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], name);
}

class FakeImporter implements IRiskImportService {
  public applied: { preview: IImportPreview; fileId: string; options?: IApplyOptions }[] = [];

  public context(): Promise<IImportContext> {
    return Promise.resolve({ matrix: DEFAULT_RISK_MATRIX, units, now, existing: new Map(), knownPeople: new Set([owner.email]) });
  }

  public apply(preview: IImportPreview, fileId: string, options?: IApplyOptions): Promise<ImportApplyResult> {
    this.applied.push({ preview, fileId, options });
    const rows = preview.rows.map((row, i) => ({ rowNumber: row.rowNumber, outcome: row.action === 'invalid' ? ('skipped' as const) : ('added' as const), riskId: 100 + i }));
    const counts = { added: rows.filter((r) => r.outcome === 'added').length, alreadyAdded: 0, updated: 0, unchanged: 0, conflict: 0, unknownPerson: 0, failed: 0, skipped: 1, notAttempted: 0 };
    return Promise.resolve({ kind: 'applied', rows, counts });
  }
}

function choose(file: File): void {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('the import panel', () => {
  it('previews the rows with their errors and applies only after the person confirms', async () => {
    const importer = new FakeImporter();
    const onImported = jest.fn();
    render(React.createElement(RiskImportPanel, { importer, matrix: DEFAULT_RISK_MATRIX, isOpen: true, onDismiss: jest.fn(), onImported }));
    choose(
      await xlsxFile([
        ['Titel', 'Enhet', 'Område', 'Sannolikhet', 'Konsekvens', 'Ägare'],
        ['Brand i kulverten', 'AKM', 'Brandsäkerhet', 'Sannolik', 'Hög', owner.email],
        ['=HYPERLINK("http://example.invalid")', 'ORT', 'Skalskydd', 'Möjlig', 'Låg', owner.email],
        ['Stöld av läkemedel', 'Okänd enhet', 'Tillträdesskydd', 'Möjlig', 'Medel', owner.email]
      ])
    );
    expect(await screen.findByText('3 rader på bladet "Risker".')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Förhandsgranska' }));

    expect(await screen.findByText('3 rader: 2 nya, 0 ändrade, 0 oförändrade, 1 med fel.')).toBeTruthy();
    expect(screen.getByText('Enhet: ingen enhet har det namnet eller den koden')).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Importera 2 rader' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(importer.applied).toHaveLength(0);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Hoppa över raderna med fel (1 st) och importera resten' }));
    fireEvent.click(screen.getByRole('button', { name: 'Importera 2 rader' }));
    const result = await screen.findByText('Nya risker: 2');
    expect(within(result.closest('[data-trygg="import-result"]') as HTMLElement).getByText('Överhoppade rader med fel: 1')).toBeTruthy();
    expect(importer.applied).toHaveLength(1);
    expect(importer.applied[0].options).toMatchObject({ skipInvalid: true });
    expect(importer.applied[0].fileId).toMatch(/^[0-9a-f]{64}$/);
    expect(importer.applied[0].preview.rows[1].draft.title).toBe('=HYPERLINK("http://example.invalid")');
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('says why a renamed file is refused, and reads nothing from it', async () => {
    const importer = new FakeImporter();
    render(React.createElement(RiskImportPanel, { importer, matrix: DEFAULT_RISK_MATRIX, isOpen: true, onDismiss: jest.fn(), onImported: jest.fn() }));
    choose(new File(['Titel;Enhet\nBrand;AKM\n'], 'register.xlsx'));
    expect(await screen.findByText(/Filen är inte en Excel-arbetsbok/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Förhandsgranska' })).toBeNull();
  });
});
