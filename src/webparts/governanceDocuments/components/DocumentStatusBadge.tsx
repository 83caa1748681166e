import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { DOCUMENT_STATUS_KEYS, DocumentStatus } from '../../../domain/documents/vocabulary';
import { format } from '../../../common/format';
import { statusLabel } from '../labels';

export interface IDocumentStatusBadgeProps {
  status: DocumentStatus;
  /** The status of a revision in work beside the published edition ("Publicerad · ny version: Remiss"). */
  draftStatus?: DocumentStatus;
}

/** The document's status as a small pill; the colour only repeats what the text says. */
export function DocumentStatusBadge(props: IDocumentStatusBadgeProps): React.ReactElement {
  const theme = useTheme();
  const accent: Record<DocumentStatus, string> = {
    Utkast: theme.palette.neutralTertiary,
    Remiss: theme.palette.yellowDark,
    Fastställd: theme.palette.themeDarkAlt,
    Publicerad: theme.palette.green,
    Upphävd: theme.palette.redDark
  };
  const label = props.draftStatus ? format(strings.StatusWithRevision, statusLabel(props.status), statusLabel(props.draftStatus)) : statusLabel(props.status);
  return (
    <span
      data-document-status={DOCUMENT_STATUS_KEYS[props.status]}
      data-draft-status={props.draftStatus ? DOCUMENT_STATUS_KEYS[props.draftStatus] : undefined}
      title={format(strings.StatusIs, label)}
      style={{
        display: 'inline-block',
        padding: '1px 8px',
        borderRadius: 10,
        border: `1px solid ${theme.semanticColors.bodyDivider}`,
        borderLeft: `6px solid ${accent[props.status]}`,
        color: theme.semanticColors.bodyText,
        background: theme.semanticColors.bodyBackground,
        fontSize: 12,
        lineHeight: '18px',
        whiteSpace: 'nowrap'
      }}
    >
      {label}
    </span>
  );
}
