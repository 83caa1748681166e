import * as React from 'react';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { IGoverningDocumentsService } from '../../../../services/documents/IGoverningDocumentsService';
import { format } from '../../../../common/format';
import { FileField, fileProblems, readFileContent } from '../FileField';
import { otherReasons, StepResult, useStep } from '../useStep';
import { ActionForm } from './ActionForm';

export interface IFileStepFormProps {
  id: string;
  documents: IGoverningDocumentsService;
  document: IGoverningDocument;
  /** 'revision': a new version beside the published one (a file is optional); 'upload': a draft's new text. */
  mode: 'revision' | 'upload';
  onDone: (result: StepResult<IGoverningDocument>) => void;
  onCancel: () => void;
}

/**
 * Starts a revision of a published document (with its new file, or the present one to work on) or
 * replaces a draft's file. Readers keep the published edition until the new one is approved.
 */
export function FileStepForm(props: IFileStepFormProps): React.ReactElement {
  const { document, mode } = props;
  const [file, setFile] = React.useState<File | undefined>(undefined);
  const [checked, setChecked] = React.useState(false);
  const step = useStep();
  const fileRequired = mode === 'upload';

  const submit = async (): Promise<void> => {
    setChecked(true);
    if ((fileRequired || file) && fileProblems(file).length > 0) return;
    const result = await step.run(async () => {
      if (!file) return props.documents.startRevision(document.id, document.etag);
      const content = await readFileContent(file);
      return props.documents.uploadFile(document.id, document.etag, { name: file.name, content });
    });
    if (result.kind === 'done' || result.kind === 'conflict') props.onDone(result);
  };

  return (
    <ActionForm
      id={props.id}
      heading={mode === 'revision' ? strings.StartRevisionHeading : strings.UploadHeading}
      intro={mode === 'revision' ? format(strings.StartRevisionIntro, document.edition) : strings.UploadIntro}
      submitText={mode === 'revision' ? strings.StartRevisionButton : strings.UploadButton}
      busy={step.busy}
      refused={otherReasons(step.refusal, [])}
      failure={step.failure}
      onDismissFailure={step.dismiss}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <FileField
        id={`${props.id}-file`}
        label={mode === 'revision' ? strings.Fields.revisionFile : strings.Fields.file}
        required={fileRequired}
        file={file}
        onChange={setFile}
        disabled={step.busy}
        showErrors={checked && (fileRequired || !!file)}
      />
    </ActionForm>
  );
}
