import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface ISectionProps {
  /** Unique within the page: labels the section for screen readers. */
  id: string;
  heading: string;
  /** Heading level under the page's own heading. */
  level?: 3 | 4;
  children?: React.ReactNode;
}

/** A titled card; sections stack in one column so the page works in a Teams tab and on a phone. */
export function Section(props: ISectionProps): React.ReactElement {
  const theme = useTheme();
  const headingId = `${props.id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      data-section={props.id}
      style={{
        padding: 12,
        borderRadius: 4,
        border: `1px solid ${theme.semanticColors.bodyDivider}`,
        background: theme.semanticColors.bodyBackground
      }}
    >
      <Text as={props.level === 4 ? 'h4' : 'h3'} id={headingId} variant="large" block styles={{ root: { margin: '0 0 8px' } }}>
        {props.heading}
      </Text>
      {props.children}
    </section>
  );
}
