import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { documentTree } from '../../../../domain/documents/documentTree';
import { ITryggServices } from '../../../../services/ITryggServices';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { IDocumentsContext, keepsDocuments } from '../documentsContext';
import { DocumentTreeList } from './DocumentTreeList';

export interface IDocumentTreeViewProps {
  services: ITryggServices;
  context: IDocumentsContext;
  onOpen: (id: number) => void;
  focusId?: string;
}

/** Policy → strategi → riktlinjer → instruktioner, each under the one it follows; a unit's own under the regional one it supplements. */
export function DocumentTreeView(props: IDocumentTreeViewProps): React.ReactElement {
  const { services, context } = props;
  const [documents, reload] = useAsyncData(() => services.documents.all(), [services]);
  const now = React.useMemo(() => services.now(), [services, documents]);
  const tree = React.useMemo(() => (documents.state === 'ready' ? documentTree(documents.value) : []), [documents]);

  return (
    <Stack tokens={{ childrenGap: 12 }} data-view="tree">
      <Stack horizontal horizontalAlign="space-between" verticalAlign="end" wrap tokens={{ childrenGap: 8 }}>
        <Text block styles={{ root: { maxWidth: 720 } }}>
          {keepsDocuments(context) ? strings.TreeIntroKeeper : strings.TreeIntroReader}
        </Text>
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text={strings.Refresh} onClick={reload} />
      </Stack>
      {documents.state === 'loading' && <Spinner label={common.Loading} />}
      {documents.state === 'failed' && <ErrorMessageBar error={documents.error} onRetry={reload} />}
      {documents.state === 'ready' && tree.length === 0 && (
        <Text block data-empty="tree">
          {keepsDocuments(context) ? strings.NoDocumentsKeeper : strings.NoDocumentsReader}
        </Text>
      )}
      {documents.state === 'ready' && tree.length > 0 && (
        <DocumentTreeList nodes={tree} units={context.units} now={now} depth={0} label={strings.TreeLabel} onOpen={props.onOpen} focusId={props.focusId} />
      )}
    </Stack>
  );
}
