import * as React from 'react';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IDirectory } from '../../../../domain/directory';
import { draftChangeErrors } from '../../../../domain/documents/documentValidation';
import { IDocumentDraftChanges } from '../../../../domain/documents/inputs';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IGoverningDocumentsService } from '../../../../services/documents/IGoverningDocumentsService';
import { ConflictPanel, IConflictPanelRow } from '../../../../components/ConflictPanel';
import { runDetached } from '../../../../components/runDetached';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { draftChangesFromForm, formFromDocument, IDocumentFormState } from '../../documentForm';
import { areasLabel, informationClassLabel, intervalLabel, personName, scopeLabel } from '../../labels';
import { DocumentFields } from '../DocumentFields';
import { otherReasons, StepResult, useStep } from '../useStep';
import { ActionForm } from './ActionForm';

export interface IEditDraftFormProps {
  documents: IGoverningDocumentsService;
  document: IGoverningDocument;
  /** The documents the user can see (parent and supplemented document are among them). */
  related: readonly IGoverningDocument[];
  units: readonly IOrganisationUnit[];
  directory: IDirectory;
  onDone: (result: StepResult<IGoverningDocument>) => void;
  onCancel: () => void;
}

const FIELDS: readonly (keyof IDocumentDraftChanges)[] = ['title', 'informationClass', 'areas', 'scopeUnitId', 'supplementsId', 'parentId', 'reviewCycleMonths', 'preparedBy', 'readConfirmation'];

/** A changed field's value in words, for the conflict table. */
function valueText(field: keyof IDocumentDraftChanges, document: IGoverningDocument & IDocumentDraftChanges, units: readonly IOrganisationUnit[], related: readonly IGoverningDocument[]): string {
  const numberOf = (id: number | undefined): string => {
    const found = related.filter((other) => other.id === id)[0];
    return id === undefined ? '' : found ? `${found.number} ${found.title}` : String(id);
  };
  switch (field) {
    case 'title':
      return document.title;
    case 'informationClass':
      return informationClassLabel(document.informationClass);
    case 'areas':
      return areasLabel(document.areas);
    case 'scopeUnitId':
      return scopeLabel(units, document.scopeUnitId);
    case 'supplementsId':
      return numberOf(document.supplementsId);
    case 'parentId':
      return numberOf(document.parentId);
    case 'reviewCycleMonths':
      return intervalLabel(document.reviewCycleMonths);
    case 'preparedBy':
      return document.preparedBy || '';
    case 'readConfirmation': {
      const audience = document.readConfirmation;
      return audience ? [...audience.people.map(personName), ...audience.unitIds.map((id) => scopeLabel(units, id))].join(', ') : '';
    }
  }
  return '';
}

/**
 * The owner's edit of a draft's fields (not its type, owner or the values set at approval). Only
 * what changed is sent, under the ETag the page read: someone else's save shows both versions.
 */
export function EditDraftForm(props: IEditDraftFormProps): React.ReactElement {
  // What the owner started from: their changes are the form against it, whatever is stored now.
  const base = props.document;
  const [form, setForm] = React.useState<IDocumentFormState>(() => formFromDocument(props.document));
  const [checked, setChecked] = React.useState(false);
  const [theirs, setTheirs] = React.useState<IGoverningDocument | undefined>(undefined);
  const step = useStep();
  const changes = draftChangesFromForm(form, base);
  const errors = draftChangeErrors(changes, base, { units: props.units, documents: props.related });
  const shown: Record<string, string | undefined> = { ...step.refusal, ...(checked ? errors : {}) };

  /** My changes (only what I changed), under the ETag of the version I now write over. */
  const send = async (against: IGoverningDocument): Promise<void> => {
    const result = await step.run(() => props.documents.updateDraft(against.id, against.etag, changes));
    if (result.kind === 'conflict') setTheirs(result.current as IGoverningDocument);
    else if (result.kind === 'done') props.onDone(result);
  };

  const submit = async (): Promise<void> => {
    setChecked(true);
    if (Object.keys(errors).length > 0) return;
    if (Object.keys(changes).length === 0) {
      props.onCancel();
      return;
    }
    await send(base);
  };

  if (theirs) {
    const mine = { ...base, ...changes } as IGoverningDocument & IDocumentDraftChanges;
    const rows: IConflictPanelRow[] = FIELDS.filter((field) => field in changes || valueText(field, base, props.units, props.related) !== valueText(field, theirs, props.units, props.related)).map(
      (field) => {
        const mineText = valueText(field, mine, props.units, props.related);
        const theirsText = valueText(field, theirs, props.units, props.related);
        return { field, label: strings.Fields[field], mine: mineText, theirs: theirsText, differs: mineText !== theirsText };
      }
    );
    return (
      <ConflictPanel
        id="trygg-edit-conflict-heading"
        texts={{
          heading: strings.ConflictHeading,
          caption: strings.ConflictCaption,
          field: strings.ConflictField,
          mine: strings.ConflictMine,
          theirs: strings.ConflictTheirs,
          empty: strings.EmptyValue,
          differs: strings.ConflictDiffers
        }}
        intro={format(strings.EditConflictIntro, personName(theirs.modifiedBy) || strings.Unknown, formatDateTime(theirs.modified))}
        rows={rows}
        busy={step.busy}
        primary={{
          text: strings.EditConflictKeepMine,
          onClick: () => {
            setTheirs(undefined);
            runDetached(send(theirs));
          }
        }}
        secondary={{ text: strings.EditConflictTakeTheirs, onClick: () => props.onDone({ kind: 'conflict', current: theirs }) }}
      />
    );
  }

  return (
    <ActionForm
      id="trygg-edit-draft"
      heading={strings.EditDraftHeading}
      intro={strings.EditDraftIntro}
      submitText={strings.SaveChanges}
      busy={step.busy}
      refused={otherReasons(step.refusal, FIELDS as readonly string[])}
      failure={step.failure}
      onDismissFailure={step.dismiss}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <DocumentFields
        id="trygg-edit"
        form={form}
        errors={shown}
        mode="edit"
        units={props.units}
        documents={props.related}
        selfId={base.id}
        directory={props.directory}
        disabled={step.busy}
        onChange={(patch) => setForm((before) => ({ ...before, ...patch }))}
      />
    </ActionForm>
  );
}
