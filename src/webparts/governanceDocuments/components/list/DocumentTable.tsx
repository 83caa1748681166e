import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { responsiveTable } from '../../../../components/responsiveTable';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { displayStatus } from '../../../../domain/documents/lifecycle';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { formatDate } from '../../../../components/dates';
import { personName, scopeLabel, typeLabel } from '../../labels';
import { DocumentLink } from '../DocumentLink';
import { DocumentStatusBadge } from '../DocumentStatusBadge';
import { DocumentFlags } from '../DocumentFlags';

export interface IDocumentTableProps {
  documents: readonly IGoverningDocument[];
  units: readonly IOrganisationUnit[];
  now: Date;
  caption: string;
  onOpen: (id: number) => void;
  /** The document the user came back from: its link takes focus again. */
  focusId?: string;
}

/** A real table, so it reads by column for screen readers; on a phone each row becomes a card with labels. */
export function DocumentTable(props: IDocumentTableProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    table: responsiveTable(theme),
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    nowrap: { whiteSpace: 'nowrap' }
  });
  const label = (index: number): string => strings.Columns[index];

  return (
    <table className={classes.table} data-document-table>
      <caption className={classes.caption}>{props.caption}</caption>
      <thead>
        <tr>
          {strings.Columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.documents.map((document) => (
          <tr key={document.id} data-document={document.number}>
            <td data-label={label(0)} className={classes.nowrap}>
              <DocumentLink document={document} onOpen={props.onOpen} focus={props.focusId === String(document.id)} />
            </td>
            <td data-label={label(1)}>{document.title}</td>
            <td data-label={label(2)}>{typeLabel(document.type)}</td>
            <td data-label={label(3)}>
              <DocumentStatusBadge status={displayStatus(document, props.now).status} />
            </td>
            <td data-label={label(4)}>{personName(document.owner)}</td>
            <td data-label={label(5)}>{scopeLabel(props.units, document.scopeUnitId)}</td>
            <td data-label={label(6)} className={classes.nowrap}>
              {formatDate(document.nextReviewAt)}
            </td>
            <td data-label={label(7)} className={classes.nowrap}>
              {formatDate(document.validUntil)}
            </td>
            <td data-label={label(8)}>
              <DocumentFlags document={document} now={props.now} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
