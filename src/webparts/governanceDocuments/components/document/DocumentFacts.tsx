import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { displayStatus } from '../../../../domain/documents/lifecycle';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { Section } from '../../../../components/Section';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { areasLabel, informationClassLabel, intervalLabel, personName, scopeLabel, statusLabel, typeLabel } from '../../labels';

export interface IDocumentFactsProps {
  document: IGoverningDocument;
  related: readonly IGoverningDocument[];
  units: readonly IOrganisationUnit[];
  now: Date;
  onOpen: (id: number) => void;
}

/**
 * The document's header as a governing document carries it (Dokumenttyp, Dokumentnummer,
 * Informationssäkerhetsklass, Fastställd, Fastställd av, Giltig till och med, Upprättad av), then
 * what Trygg keeps about it: owner, areas, scope, where it sits, review and edition.
 */
export function DocumentFacts(props: IDocumentFactsProps): React.ReactElement {
  const theme = useTheme();
  const { document, units } = props;
  const shown = displayStatus(document, props.now);
  const byId = (id: number | undefined): IGoverningDocument | undefined => (id === undefined ? undefined : props.related.filter((other) => other.id === id)[0]);
  const linkTo = (id: number | undefined): React.ReactNode => {
    if (id === undefined) return '';
    const other = byId(id);
    if (!other) return strings.NotVisible;
    return (
      <Link onClick={() => props.onOpen(other.id)} aria-label={format(strings.OpenDocument, other.number, other.title)}>
        {`${other.number} ${other.title}`}
      </Link>
    );
  };
  const classes = mergeStyleSets({
    table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
    cell: { textAlign: 'left', verticalAlign: 'top', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, overflowWrap: 'anywhere' },
    head: { width: '45%', fontWeight: 600 },
    caption: { textAlign: 'left', fontWeight: 600, padding: '0 0 4px' },
    // The header and what Trygg keeps side by side on a wide page, one under the other on a phone.
    pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', gap: '12px 24px', alignItems: 'start' }
  });
  const reviewed = document.lastReviewedAt ? format(strings.ReviewedOnBy, formatDate(document.lastReviewedAt), personName(document.lastReviewedBy) || strings.Unknown) : '';
  const statusText = shown.draftStatus ? format(strings.StatusWithRevision, statusLabel(shown.status), statusLabel(shown.draftStatus)) : statusLabel(shown.status);

  const header: [string, string, React.ReactNode][] = [
    ['type', strings.FactType, typeLabel(document.type)],
    ['number', strings.FactNumber, document.number],
    ['informationClass', strings.FactInformationClass, informationClassLabel(document.informationClass)],
    ['approvedOn', strings.FactApprovedOn, formatDate(document.approvedOn)],
    ['approvedBy', strings.FactApprovedBy, document.approvedByBody || ''],
    ['validUntil', strings.FactValidUntil, formatDate(document.validUntil)],
    ['preparedBy', strings.FactPreparedBy, document.preparedBy || '']
  ];
  const kept: [string, string, React.ReactNode][] = [
    ['owner', strings.FactOwner, personName(document.owner)],
    ['areas', strings.FactAreas, areasLabel(document.areas)],
    ['scope', strings.FactScope, scopeLabel(units, document.scopeUnitId)],
    ...(document.supplementsId !== undefined ? ([['supplements', strings.FactSupplements, linkTo(document.supplementsId)]] as [string, string, React.ReactNode][]) : []),
    ['parent', strings.FactParent, document.parentId !== undefined ? linkTo(document.parentId) : strings.NoParent],
    ['interval', strings.FactReviewInterval, intervalLabel(document.reviewCycleMonths)],
    ['nextReview', strings.FactNextReview, formatDate(document.nextReviewAt)],
    ['lastReview', strings.FactLastReview, reviewed],
    ['edition', strings.FactEdition, document.edition > 0 ? String(document.edition) : strings.NoEditionYet],
    ['effectiveFrom', strings.FactEffectiveFrom, formatDate(document.effectiveFrom)],
    ['status', strings.FactStatus, statusText]
  ];
  const rows = (entries: [string, string, React.ReactNode][]): React.ReactNode =>
    entries.map(([key, label, value]) => (
      <tr key={key} data-fact={key}>
        <th scope="row" className={`${classes.cell} ${classes.head}`}>
          {label}
        </th>
        <td className={classes.cell}>{value === '' ? strings.EmptyValue : value}</td>
      </tr>
    ));

  return (
    <Section id="trygg-document-facts" heading={strings.FactsHeading}>
      <div className={classes.pair}>
        <table className={classes.table} data-document-header>
          <caption className={classes.caption}>{strings.HeaderCaption}</caption>
          <tbody>{rows(header)}</tbody>
        </table>
        <table className={classes.table}>
          <caption className={classes.caption}>{strings.KeptCaption}</caption>
          <tbody>{rows(kept)}</tbody>
        </table>
      </div>
    </Section>
  );
}
