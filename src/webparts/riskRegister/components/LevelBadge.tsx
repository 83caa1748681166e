import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { IRiskLevel } from '../../../domain/risks/types';

export interface ILevelBadgeProps {
  level: IRiskLevel | undefined;
  /** Shown when there is no level (not assessed). */
  empty?: string;
}

/**
 * A level as a colour swatch and its name in text: the colour only repeats what the name says, so
 * the register reads the same without colour, in high contrast and to a screen reader.
 */
export function LevelBadge(props: ILevelBadgeProps): React.ReactElement {
  const theme = useTheme();
  const { level } = props;
  if (!level) return <span>{props.empty || ''}</span>;
  return (
    <span data-level={level.key} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}>
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: 12,
          height: 12,
          borderRadius: 2,
          background: level.color,
          border: `1px solid ${theme.semanticColors.bodyText}`,
          forcedColorAdjust: 'none'
        }}
      />
      <span>{level.name}</span>
    </span>
  );
}
