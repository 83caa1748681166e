import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IGoverningDocument } from '../../../domain/documents/types';
import { DocumentFlag, documentFlags, SERIOUS_FLAGS } from '../documentFlags';

export interface IDocumentFlagsProps {
  document: IGoverningDocument;
  now: Date;
}

/**
 * Utgången, Upphävd, Revision pågår, Granskning förfallen …: each in words with a sign before it,
 * so that it reads without colour, in high contrast and to a screen reader. Nothing when all is well.
 */
export function DocumentFlags(props: IDocumentFlagsProps): React.ReactElement {
  const flags = documentFlags(props.document, props.now);
  if (flags.length === 0) return <></>;
  return (
    <span data-flags={flags.join(' ')} style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '2px 8px' }}>
      {flags.map((flag) => (
        <FlagText key={flag} flag={flag} />
      ))}
    </span>
  );
}

function FlagText(props: { flag: DocumentFlag }): React.ReactElement {
  const theme = useTheme();
  const serious = SERIOUS_FLAGS.indexOf(props.flag) >= 0;
  return (
    <span
      data-flag={props.flag}
      style={{
        color: serious ? theme.semanticColors.errorText : theme.semanticColors.bodyText,
        fontWeight: 600,
        fontSize: 12,
        whiteSpace: 'nowrap'
      }}
    >
      <span aria-hidden="true">{serious ? '⚠ ' : '● '}</span>
      {strings.Flags[props.flag]}
    </span>
  );
}
