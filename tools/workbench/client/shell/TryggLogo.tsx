import * as React from 'react';

/** The Teams app icon's shield (tools/teams/renderIcons.ts), drawn inline so it needs no request. */
export function TryggLogo(props: { size: number; background?: string; foreground?: string }): React.ReactElement {
  const background = props.background || '#0B5A4A';
  const foreground = props.foreground || '#ffffff';
  return (
    <svg width={props.size} height={props.size} viewBox="0 0 100 100" aria-hidden focusable="false" style={{ flex: 'none', borderRadius: props.size / 6 }}>
      <rect width="100" height="100" rx="14" fill={background} />
      <g transform="translate(10 10) scale(0.8)">
        <path d="M50 6 L86 20 V46 C86 68 70 86 50 94 C30 86 14 68 14 46 V20 Z" fill={foreground} />
        <path d="M34 50 L46 62 L68 38" fill="none" stroke={background} strokeWidth="8" strokeLinecap="round" strokeLinejoin="round" />
      </g>
    </svg>
  );
}
