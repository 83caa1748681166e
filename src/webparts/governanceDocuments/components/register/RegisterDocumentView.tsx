import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { registrationErrors } from '../../../../domain/documents/documentValidation';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { ITryggServices } from '../../../../services/ITryggServices';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { Section } from '../../../../components/Section';
import { useAsyncData } from '../../../../components/useAsyncData';
import { runDetached } from '../../../../components/runDetached';
import { format } from '../../../../common/format';
import { emptyDocumentForm, IDocumentFormState, registrationFromForm } from '../../documentForm';
import { IDocumentsContext } from '../documentsContext';
import { DocumentFields } from '../DocumentFields';
import { FileField, fileProblems, readFileContent } from '../FileField';
import { BlockerList } from '../../../../components/BlockerList';
import { blockerText } from '../blockerText';
import { refusalOf } from '../refusal';
import { ownersOf } from '../documentOwners';

export interface IRegisterDocumentViewProps {
  services: ITryggServices;
  context: IDocumentsContext;
  onRegistered: (document: IGoverningDocument) => void;
}

/** The people a new document may be given to: me, and the owners of the documents I can see. */
/**
 * A new governing document: its fields and its file (Word or PDF). Problems show at their fields and
 * nothing is sent while there are any; the number, the owner's permissions and the upload come from
 * the Trygg function. One id per registration, so that a retry after a lost answer adds nothing twice.
 */
export default function RegisterDocumentView(props: IRegisterDocumentViewProps): React.ReactElement {
  const { services, context } = props;
  const [documents, reloadDocuments] = useAsyncData(() => services.documents.all(), [services]);
  const [form, setForm] = React.useState<IDocumentFormState>(() => emptyDocumentForm(context.me.id));
  const [file, setFile] = React.useState<File | undefined>(undefined);
  const [checked, setChecked] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [refused, setRefused] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const requestId = React.useRef(newClientRequestId());

  if (documents.state === 'loading') return <Spinner label={common.Loading} />;
  if (documents.state === 'failed') return <ErrorMessageBar error={documents.error} onRetry={reloadDocuments} />;

  const visible = documents.value;
  const local = registrationErrors(registrationFromForm(form), { units: context.units, documents: visible });
  const errors: Record<string, string | undefined> = checked ? { ...refused, ...local } : { ...refused };
  const fileIssues = fileProblems(file);
  const problemCount = Object.keys(errors).filter((key) => errors[key]).length + (checked && fileIssues.length > 0 ? 1 : 0);
  // The function's reasons that belong to no field of the form (e.g. notDocumentOwner).
  const otherReasons = Object.keys(refused)
    .filter((key) => !(key in local) && ['title', 'type', 'ownerId', 'informationClass', 'areas', 'scopeUnitId', 'supplementsId', 'parentId', 'reviewCycleMonths', 'preparedBy', 'readConfirmation'].indexOf(key) < 0)
    .map((key) => ({ key, text: blockerText(refused[key]) }));

  const change = (patch: Partial<IDocumentFormState>): void => {
    setForm((before) => ({ ...before, ...patch }));
    setRefused({});
  };

  const register = async (): Promise<void> => {
    setChecked(true);
    setFailure(undefined);
    if (Object.keys(local).length > 0 || fileIssues.length > 0 || !file) return;
    setBusy(true);
    try {
      const content = await readFileContent(file);
      // The page moves to the new document: a registration started here again is a new one with a new id.
      const document = await services.documents.register(registrationFromForm(form), { name: file.name, content }, requestId.current);
      props.onRegistered(document);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) setRefused(refusal);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="trygg-document-register" heading={strings.RegisterHeading}>
      <form
        aria-label={strings.RegisterHeading}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          runDetached(register());
        }}
      >
        <Stack tokens={{ childrenGap: 12 }}>
          <Text block styles={{ root: { maxWidth: 720 } }}>
            {strings.RegisterIntro}
          </Text>
          <DocumentFields
            id="trygg-register"
            form={form}
            errors={errors}
            mode="register"
            units={context.units}
            documents={visible}
            owners={ownersOf(visible, context.me)}
            directory={services.directory}
            disabled={busy}
            onChange={change}
          />
          <FileField id="trygg-register-file" label={strings.Fields.file} required file={file} onChange={setFile} disabled={busy} showErrors={checked} />
          {problemCount > 0 && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline data-form-errors={problemCount}>
              {problemCount === 1 ? strings.FormErrorsOne : format(strings.FormErrorsMany, problemCount)}
              <BlockerList id="trygg-register-refused" reasons={otherReasons} />
            </MessageBar>
          )}
          {failure !== undefined && <ErrorMessageBar error={failure} onDismiss={() => setFailure(undefined)} />}
          <PrimaryButton type="submit" text={busy ? strings.Registering : strings.RegisterButton} disabled={busy} styles={{ root: { alignSelf: 'flex-start' } }} />
        </Stack>
      </form>
    </Section>
  );
}
