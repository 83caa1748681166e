import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { documentTree } from '../../../../domain/documents/documentTree';
import { displayStatus } from '../../../../domain/documents/lifecycle';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { format } from '../../../../common/format';
import { personName, typeLabel, unitTitle } from '../../labels';
import { DocumentLink } from '../DocumentLink';
import { DocumentStatusBadge } from '../DocumentStatusBadge';
import { DocumentFlags } from '../DocumentFlags';

type TreeNode = ReturnType<typeof documentTree>[number];

export interface IDocumentTreeListProps {
  nodes: readonly TreeNode[];
  units: readonly IOrganisationUnit[];
  now: Date;
  depth: number;
  /** The outermost list's name for screen readers. */
  label?: string;
  onOpen: (id: number) => void;
  focusId?: string;
}

/**
 * Nested lists, so a screen reader tells the level and how many documents each has below it; every
 * line is the number (a link), the title, the type, the status in words, the owner and any flags.
 */
export function DocumentTreeList(props: IDocumentTreeListProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    nested: { listStyle: 'none', margin: '4px 0 0 10px', padding: '0 0 0 14px', borderLeft: `2px solid ${theme.semanticColors.bodyDivider}` },
    item: { margin: '0 0 6px' },
    line: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '2px 10px', padding: '4px 0' },
    title: { overflowWrap: 'anywhere', fontWeight: 600 },
    meta: { color: theme.semanticColors.bodySubtext, fontSize: 12 }
  });
  return (
    <ul className={props.depth === 0 ? classes.list : classes.nested} aria-label={props.label} data-tree-depth={props.depth}>
      {props.nodes.map((node) => {
        const document = node.document;
        return (
          <li key={document.id} className={classes.item} data-tree-document={document.number} data-type={document.type}>
            <div className={classes.line}>
              <DocumentLink document={document} onOpen={props.onOpen} focus={props.focusId === String(document.id)} />
              <Text className={classes.title}>{document.title}</Text>
              <span className={classes.meta}>{typeLabel(document.type)}</span>
              <DocumentStatusBadge status={displayStatus(document, props.now).status} />
              <span className={classes.meta}>{format(strings.OwnerIs, personName(document.owner))}</span>
              {document.scopeUnitId !== undefined && (
                <span className={classes.meta} data-scope-unit={document.scopeUnitId}>
                  {format(strings.SupplementsFor, unitTitle(props.units, document.scopeUnitId))}
                </span>
              )}
              <DocumentFlags document={document} now={props.now} />
            </div>
            {node.children.length > 0 && (
              <DocumentTreeList nodes={node.children} units={props.units} now={props.now} depth={props.depth + 1} onOpen={props.onOpen} focusId={props.focusId} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
