import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { displayStatus } from '../../../../domain/documents/lifecycle';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { typeLabel } from '../../labels';
import { DocumentStatusBadge } from '../DocumentStatusBadge';
import { DocumentFlags } from '../DocumentFlags';

export interface IDocumentHeadingProps {
  document: IGoverningDocument | undefined;
  now: Date;
  onBack: () => void;
}

/** Back to the documents, then the document's number and title, its status and flags. */
export function DocumentHeading(props: IDocumentHeadingProps): React.ReactElement {
  const { document } = props;
  const shown = document ? displayStatus(document, props.now) : undefined;
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <ActionButton iconProps={{ iconName: 'Back' }} text={strings.BackToDocuments} onClick={props.onBack} styles={{ root: { alignSelf: 'flex-start', paddingLeft: 0 } }} />
      <Text as="h2" variant="xLarge" block styles={{ root: { margin: 0, overflowWrap: 'anywhere' } }}>
        {document ? `${document.number} · ${document.title}` : strings.DocumentNotFoundHeading}
      </Text>
      {document && shown && (
        <div data-document-summary style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '4px 10px' }}>
          <Text>{typeLabel(document.type)}</Text>
          <DocumentStatusBadge status={shown.status} />
          <DocumentFlags document={document} now={props.now} />
        </div>
      )}
    </Stack>
  );
}
