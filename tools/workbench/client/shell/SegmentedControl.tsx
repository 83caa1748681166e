import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Icon } from '@fluentui/react/lib/Icon';

export interface ISegmentedOption<T extends string> {
  readonly key: T;
  readonly text: string;
  readonly iconName?: string;
}

export interface ISegmentedControlProps<T extends string> {
  readonly label: string;
  readonly options: readonly ISegmentedOption<T>[];
  readonly selectedKey: T;
  readonly onChange: (key: T) => void;
  /** On the dark suite bar. */
  readonly inverted?: boolean;
}

const classes = mergeStyleSets({
  group: {
    display: 'inline-flex',
    borderRadius: 4,
    padding: 2,
    gap: 2,
    background: '#f0f0f0',
    border: '1px solid #e1dfdd'
  },
  groupInverted: { background: 'rgba(255,255,255,0.12)', borderColor: 'rgba(255,255,255,0.2)' },
  option: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 6,
    height: 28,
    padding: '0 12px',
    border: 'none',
    borderRadius: 3,
    background: 'transparent',
    color: '#323130',
    font: 'inherit',
    fontSize: 13,
    cursor: 'pointer',
    selectors: { ':hover': { background: 'rgba(0,0,0,0.06)' }, ':focus-visible': { outline: '2px solid #0f6cbd', outlineOffset: 1 } }
  },
  optionInverted: { color: '#ffffff', selectors: { ':hover': { background: 'rgba(255,255,255,0.12)' } } },
  selected: {
    background: '#ffffff',
    color: '#201f1e',
    fontWeight: 600,
    boxShadow: '0 1px 2px rgba(0,0,0,0.14)',
    selectors: { ':hover': { background: '#ffffff' } }
  }
});

/** A small radio group drawn as joined buttons (view, theme, language). */
export function SegmentedControl<T extends string>(props: ISegmentedControlProps<T>): React.ReactElement {
  return (
    <div role="radiogroup" aria-label={props.label} className={`${classes.group} ${props.inverted ? classes.groupInverted : ''}`}>
      {props.options.map((option) => {
        const selected = option.key === props.selectedKey;
        const className = [classes.option, props.inverted ? classes.optionInverted : '', selected ? classes.selected : ''].join(' ');
        return (
          <button
            key={option.key}
            type="button"
            role="radio"
            aria-checked={selected}
            className={className}
            onClick={() => !selected && props.onChange(option.key)}
          >
            {option.iconName && <Icon iconName={option.iconName} aria-hidden />}
            {option.text}
          </button>
        );
      })}
    </div>
  );
}
