import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { documentLinkFlag, linkableDocuments } from '../../../../domain/documents/documentLinks';
import { IRisk } from '../../../../domain/risks/types';
import { Section } from '../../../../components/Section';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { formatDate } from '../../../../components/dates';
import { runDetached } from '../../../../components/runDetached';
import { useAsyncData } from '../../../../components/useAsyncData';
import { format } from '../../../../common/format';
import { ITryggServices } from '../../../../services/ITryggServices';

export interface IGoverningDocumentSectionProps {
  services: ITryggServices;
  risk: IRisk;
  mayEdit: boolean;
  now: Date;
  onRiskChange: (risk: IRisk) => void;
}

/**
 * The governing document that rules the risk's control, flagged when it has expired, been withdrawn
 * or is gone, so the owner sees the control rests on nothing current; the owner links another.
 */
export function GoverningDocumentSection(props: IGoverningDocumentSectionProps): React.ReactElement {
  const { services, risk, now } = props;
  const [documents, reload] = useAsyncData(() => services.documents.all(), [services]);
  const [picked, setPicked] = React.useState<number | undefined>(risk.governingDocumentId);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [refused, setRefused] = React.useState(false);

  const save = async (documentId: number | null): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setRefused(false);
    try {
      const result = await services.risks.link(risk.riskNumber, (stored) => ((stored.governingDocumentId || null) === documentId ? undefined : { governingDocumentId: documentId }));
      if (result.kind === 'saved') props.onRiskChange(result.risk);
      else setRefused(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  if (documents.state === 'loading') return <Section id="trygg-risk-document" heading={strings.DocumentLink.Heading}><Text>{strings.DocumentLink.Loading}</Text></Section>;
  if (documents.state === 'failed') return <Section id="trygg-risk-document" heading={strings.DocumentLink.Heading}><ErrorMessageBar error={documents.error} onRetry={reload} /></Section>;
  const linked = risk.governingDocumentId !== undefined ? documents.value.filter((document) => document.id === risk.governingDocumentId)[0] : undefined;
  const flag = risk.governingDocumentId !== undefined ? documentLinkFlag(linked, now) : undefined;
  const options = linkableDocuments(documents.value).map((document) => ({ key: document.id, text: `${document.number} ${document.title}` }));

  return (
    <Section id="trygg-risk-document" heading={strings.DocumentLink.Heading}>
      <Stack tokens={{ childrenGap: 8 }} data-linked-document={risk.governingDocumentId || ''}>
        {risk.governingDocumentId === undefined && <Text block>{strings.DocumentLink.None}</Text>}
        {linked && (
          <Text block>
            {format(strings.DocumentLink.Linked, linked.number, linked.title, linked.validUntil ? formatDate(linked.validUntil) : strings.DocumentLink.NoValidity)}
          </Text>
        )}
        {flag && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline data-document-flag={flag}>
            {strings.DocumentLink.Flags[flag]}
          </MessageBar>
        )}
        {props.mayEdit && (
          <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
            <Dropdown
              label={strings.DocumentLink.Pick}
              placeholder={strings.DocumentLink.PickPlaceholder}
              selectedKey={picked === undefined ? null : picked}
              options={options}
              styles={{ root: { minWidth: 280, maxWidth: 480 } }}
              onChange={(_, option) => option && setPicked(option.key as number)}
            />
            <PrimaryButton text={strings.DocumentLink.Save} disabled={busy || picked === undefined || picked === risk.governingDocumentId} onClick={() => runDetached(save(picked as number))} />
            {risk.governingDocumentId !== undefined && <DefaultButton text={strings.DocumentLink.Remove} disabled={busy} onClick={() => runDetached(save(null))} />}
          </Stack>
        )}
        {refused && <MessageBar messageBarType={MessageBarType.error}>{strings.DocumentLink.Refused}</MessageBar>}
        {failure !== undefined && <ErrorMessageBar error={failure} />}
      </Stack>
    </Section>
  );
}
