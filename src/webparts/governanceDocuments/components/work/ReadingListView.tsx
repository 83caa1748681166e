import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { publishedEdition } from '../../../../domain/documents/lifecycle';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { documentFileUrl } from '../../../../domain/documents/documentLinks';
import { ITryggServices } from '../../../../services/ITryggServices';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { AsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { runDetached } from '../../../../components/runDetached';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { typeLabel } from '../../labels';
import { IDocumentsContext, IMyWork } from '../documentsContext';
import { DocumentLink } from '../DocumentLink';
import { useStep } from '../useStep';
import { WorkCard } from './WorkList';
import { PagedWorkList } from './PagedWorkList';

export interface IReadingListViewProps {
  services: ITryggServices;
  context: IDocumentsContext;
  work: AsyncData<IMyWork | undefined>;
  onOpen: (id: number) => void;
  onChanged: () => void;
}

/** Att läsa: published documents I am asked to confirm reading, each with its file and the confirmation, 50 at a time. */
export function ReadingListView(props: IReadingListViewProps): React.ReactElement {
  const [confirmed, setConfirmed] = React.useState<readonly string[]>([]);
  return (
    <div data-view="reading">
      <div role="status" aria-live="polite">
        {confirmed.length > 0 && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline styles={{ root: { marginBottom: 12 } }} data-read-confirmed>
            {format(strings.ReadConfirmedList, confirmed.join(', '))}
          </MessageBar>
        )}
      </div>
      <PagedWorkList
        work={props.work}
        queue={(work) => work.readingList}
        intro={strings.ReadingIntro}
        empty={strings.ReadingEmpty}
        count={(count) => format(strings.ReadingCount, count)}
        onRetry={props.onChanged}
      >
        {(documents) => (
          <ul style={{ margin: 0, padding: 0 }} aria-label={strings.TabReading} data-reading-list>
            {documents.map((document) => (
              <ReadingItem
                key={document.id}
                services={props.services}
                document={document}
                onOpen={props.onOpen}
                onConfirmed={() => {
                  setConfirmed((before) => before.concat([document.number]));
                  props.onChanged();
                }}
              />
            ))}
          </ul>
        )}
      </PagedWorkList>
    </div>
  );
}

function ReadingItem(props: { services: ITryggServices; document: IGoverningDocument; onOpen: (id: number) => void; onConfirmed: () => void }): React.ReactElement {
  const { document, services } = props;
  const edition = publishedEdition(document);
  const step = useStep();
  // One id per confirmation: a retry after a lost answer adds nothing.
  const requestId = React.useRef(newClientRequestId());
  const url = documentFileUrl(document);
  const confirm = async (): Promise<void> => {
    const result = await step.run(() => services.documents.confirmRead(document.id, edition, requestId.current));
    if (result.kind === 'done') props.onConfirmed();
  };
  return (
    <WorkCard attributes={{ 'data-reading-document': document.number }}>
      <Stack tokens={{ childrenGap: 6 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '2px 10px' }}>
          <DocumentLink document={document} onOpen={props.onOpen} />
          <Text styles={{ root: { fontWeight: 600, overflowWrap: 'anywhere' } }}>{document.title}</Text>
          <Text variant="small">{typeLabel(document.type)}</Text>
        </div>
        <Text block>{format(strings.ReadingLine, edition, formatDate(document.effectiveFrom || document.approvedOn))}</Text>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {url && <DefaultButton href={url} target="_blank" rel="noopener noreferrer" iconProps={{ iconName: 'OpenInNewWindow' }} text={strings.ReadFile} aria-label={format(strings.OpenFileLabel, document.file ? document.file.name : document.number)} />}
          <PrimaryButton
            text={format(strings.ReadConfirmButton, edition)}
            aria-label={format(strings.ReadConfirmFor, document.number, edition)}
            disabled={step.busy}
            onClick={() => runDetached(confirm())}
          />
        </Stack>
        {Object.keys(step.refusal).length > 0 && (
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
            {strings.ReadRefused}
          </MessageBar>
        )}
        {step.failure !== undefined && <ErrorMessageBar error={step.failure} onDismiss={step.dismiss} />}
      </Stack>
    </WorkCard>
  );
}
