import { IRawStyle, ITheme } from '@fluentui/react/lib/Styling';

/**
 * A data table that becomes one card per row on a phone, each value under its column's name (the
 * cells carry `data-label`), so a register reads the same on a ward's phone as on a desk.
 */
export function responsiveTable(theme: ITheme, options: { readonly nowrapHeaders?: boolean; readonly breakAnywhere?: boolean } = {}): IRawStyle {
  const cell = {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: '6px 8px',
    borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
    overflowWrap: options.breakAnywhere ? 'anywhere' : 'break-word'
  } as const;
  return {
    width: '100%',
    borderCollapse: 'collapse',
    selectors: {
      th: { ...cell, fontWeight: 600, whiteSpace: options.nowrapHeaders ? 'nowrap' : undefined },
      td: cell,
      '@media (max-width: 640px)': {
        selectors: {
          thead: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' },
          'tr, td, tbody': { display: 'block' },
          tr: { borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '6px 0' },
          td: { border: 'none', padding: '2px 4px' },
          'td::before': { content: 'attr(data-label) ": "', fontWeight: 600 }
        }
      }
    }
  };
}
