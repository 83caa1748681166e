import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { documentActionBlockers, IDocumentActor, ownsDocument, publishedEdition } from '../../../../domain/documents/lifecycle';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IGoverningDocumentsService } from '../../../../services/documents/IGoverningDocumentsService';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { Section } from '../../../../components/Section';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { useAsyncData } from '../../../../components/useAsyncData';
import { runDetached } from '../../../../components/runDetached';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { personName, unitTitle } from '../../labels';
import { BlockerList } from '../../../../components/BlockerList';
import { blockerText } from '../blockerText';

export interface IReadConfirmationSectionProps {
  documents: IGoverningDocumentsService;
  document: IGoverningDocument;
  actor: IDocumentActor;
  units: readonly IOrganisationUnit[];
  /** Whether I have confirmed the published edition; undefined when I am not asked to. */
  readConfirmedByMe?: boolean;
  now: Date;
  onConfirmed: () => void;
}

/**
 * Läskvittens: the people and units asked confirm, per edition, that they have read the published
 * document; the owner and the security function see who has and who has not.
 */
export function ReadConfirmationSection(props: IReadConfirmationSectionProps): React.ReactElement {
  const { document, actor, documents } = props;
  const edition = publishedEdition(document);
  const audience = document.readConfirmation;
  const asked = !!audience && (audience.people.length > 0 || audience.unitIds.length > 0);
  const follows = actor.isSecurityFunction || ownsDocument(actor, document);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [confirmed, setConfirmed] = React.useState(false);
  // One id per edition: a click retried after a lost answer adds no second confirmation.
  const requestId = React.useRef(newClientRequestId());

  if (!asked && !follows) return <></>;
  const mine = props.readConfirmedByMe === true || confirmed;
  const blockers = documentActionBlockers('confirmRead', actor, document, { now: props.now, openRounds: 0 });

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await documents.confirmRead(document.id, edition, requestId.current);
      setConfirmed(true);
      props.onConfirmed();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const audienceText = audience
    ? [...audience.people.map((person) => personName(person)), ...audience.unitIds.map((id) => format(strings.AudienceUnit, unitTitle(props.units, id)))].join(', ')
    : '';

  return (
    <Section id="trygg-document-read" heading={strings.ReadHeading}>
      <Stack tokens={{ childrenGap: 8 }}>
        {!asked && <Text block>{strings.ReadNotAsked}</Text>}
        {asked && follows && <Text block>{format(strings.ReadAudience, audienceText)}</Text>}
        {asked && edition < 1 && <Text block>{strings.ReadNotYetPublished}</Text>}
        <div role="status" aria-live="polite">
          {mine && edition >= 1 && (
            <MessageBar messageBarType={MessageBarType.success} data-read-confirmed>
              {format(strings.ReadConfirmedByMe, edition)}
            </MessageBar>
          )}
        </div>
        {failure !== undefined && <ErrorMessageBar error={failure} onDismiss={() => setFailure(undefined)} />}
        {props.readConfirmedByMe === false && !mine && edition >= 1 && (
          <div data-read-confirm>
            <Text block styles={{ root: { marginBottom: 4 } }}>
              {format(strings.ReadAskedOfMe, edition)}
            </Text>
            <PrimaryButton
              text={format(strings.ReadConfirmButton, edition)}
              disabled={busy || blockers.length > 0}
              allowDisabledFocus
              aria-describedby={blockers.length > 0 ? 'trygg-read-blockers' : undefined}
              onClick={() => runDetached(confirm())}
            />
            <BlockerList id="trygg-read-blockers" reasons={blockers.map((key) => ({ key, text: blockerText(key) }))} />
          </div>
        )}
        {asked && follows && edition >= 1 && <ReadStatusTable documents={documents} documentId={document.id} refreshKey={`${document.etag}-${confirmed}`} />}
      </Stack>
    </Section>
  );
}

/** Who has confirmed the published edition, and when; who has not yet. */
function ReadStatusTable(props: { documents: IGoverningDocumentsService; documentId: number; refreshKey: string }): React.ReactElement {
  const [status, reload] = useAsyncData(() => props.documents.readStatus(props.documentId), [props.documents, props.documentId, props.refreshKey]);
  if (status.state === 'loading') return <Spinner label={common.Loading} />;
  if (status.state === 'failed') return <ErrorMessageBar error={status.error} onRetry={reload} />;
  const { confirmed, missing, edition } = status.value;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-read-status={edition}>
      <Text block styles={{ root: { fontWeight: 600 } }}>
        {format(strings.ReadSummary, confirmed.length, confirmed.length + missing.length, edition)}
      </Text>
      <div>
        <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '4px 0' } }}>
          {format(strings.ReadConfirmedHeading, confirmed.length)}
        </Text>
        {confirmed.length === 0 ? (
          <Text block>{strings.ReadNobodyYet}</Text>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 20 }} data-read-confirmed-list>
            {confirmed.map((entry) => (
              <li key={entry.person.email || entry.person.displayName}>{format(strings.ReadConfirmedEntry, personName(entry.person), formatDateTime(entry.confirmedAt))}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '4px 0' } }}>
          {format(strings.ReadMissingHeading, missing.length)}
        </Text>
        {missing.length === 0 ? (
          <Text block>{strings.ReadEveryone}</Text>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 20 }} data-read-missing-list>
            {missing.map((person) => (
              <li key={person.email || person.displayName}>{personName(person)}</li>
            ))}
          </ul>
        )}
      </div>
      <DefaultButton iconProps={{ iconName: 'Refresh' }} text={strings.Refresh} onClick={reload} styles={{ root: { alignSelf: 'flex-start' } }} />
    </Stack>
  );
}
