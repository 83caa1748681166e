import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';

export interface IPlainTextProps {
  text: string | undefined;
  /** Shown when there is no text. */
  empty?: string;
}

/**
 * What people typed, shown exactly as typed: React escapes it, so markup in a report stays inert
 * text, and line breaks are kept.
 */
export function PlainText(props: IPlainTextProps): React.ReactElement {
  return (
    <Text block styles={{ root: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } }}>
      {props.text && props.text.length > 0 ? props.text : props.empty || ''}
    </Text>
  );
}
