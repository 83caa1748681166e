import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IDirectory } from '../../../domain/directory';
import { IRegistrationContext, registrationErrors } from '../../../domain/documents/documentValidation';
import { IGoverningDocument } from '../../../domain/documents/types';
import { DOCUMENT_LIMITS, GOVERNING_DOCUMENT_TYPES, GoverningDocumentType, INFORMATION_CLASSES, InformationClass } from '../../../domain/documents/vocabulary';
import { IOrganisationUnit, IPerson } from '../../../domain/organisation';
import { SECURITY_AREAS, SecurityArea } from '../../../domain/securityAreas';
import { LimitedTextField } from '../../../components/LimitedTextField';
import { PeopleListPicker } from '../../../components/PeoplePicker';
import { renderUnitOption, unitOptions } from '../../../components/unitOptions';
import { IDocumentFormState, registrationFromForm } from '../documentForm';
import { areaLabel, informationClassLabel, typeLabel } from '../labels';
import { fieldErrorText } from './blockerText';

export interface IDocumentFieldsProps {
  /** Unique on the page. */
  id: string;
  form: IDocumentFormState;
  /** Field → the domain's error key. */
  errors: Readonly<Record<string, string | undefined>>;
  /** A new document chooses its type and owner; a draft keeps them. */
  mode: 'register' | 'edit';
  units: readonly IOrganisationUnit[];
  /** The documents the user can see: a parent and the regional document a unit's one supplements are among them. */
  documents: readonly IGoverningDocument[];
  /** Who may own the new document (register mode). */
  owners?: readonly IPerson[];
  /** The document being edited (edit mode): never its own parent. */
  selfId?: number;
  directory: IDirectory;
  disabled?: boolean;
  onChange: (patch: Partial<IDocumentFormState>) => void;
}

const NONE = '';

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12, alignItems: 'start' },
  fieldset: { border: 'none', padding: 0, margin: '12px 0 0', minWidth: 0 },
  legend: { fontWeight: 600, padding: 0, marginBottom: 4 }
});

/** A text field's own problem (too long, only spaces) is said by LimitedTextField; the rest here. */
function textError(key: string | undefined, value: string): string | undefined {
  if (key === 'tooLong' || (key === 'required' && value.length > 0)) return undefined;
  return fieldErrorText(key);
}

/**
 * The fields of a governing document the owner sets: title, type and owner (when registering),
 * information class, areas, scope, where it sits in the hierarchy, review interval, Upprättad av and
 * who must confirm reading it. The parent and the supplemented document offer only what the
 * domain's registration rule accepts.
 */
export function DocumentFields(props: IDocumentFieldsProps): React.ReactElement {
  const { form, errors, onChange, disabled } = props;
  const context: IRegistrationContext = { units: props.units, documents: props.documents };
  const base = registrationFromForm(form);
  // A candidate is offered when the rule finds nothing wrong with it in this place.
  const accepted = (field: 'parentId' | 'supplementsId', candidate: IGoverningDocument): boolean =>
    !registrationErrors({ ...base, [field]: candidate.id }, context, props.selfId)[field];
  const documentOption = (document: IGoverningDocument): IDropdownOption => ({ key: String(document.id), text: `${document.number} ${document.title}` });
  const parentOptions: IDropdownOption[] = [
    { key: NONE, text: strings.NoParentChoice },
    ...(form.type ? props.documents.filter((document) => accepted('parentId', document)).map(documentOption) : [])
  ];
  const supplementsOptions: IDropdownOption[] = [
    { key: NONE, text: strings.NoSupplementsChoice },
    ...props.documents.filter((document) => document.scopeUnitId === undefined && accepted('supplementsId', document)).map(documentOption)
  ];
  const scopeOptions: IDropdownOption[] = [{ key: NONE, text: strings.ScopeRegional }, ...unitOptions(props.units).map((option) => ({ ...option, key: String(option.key) }))];
  const unitChoices: IDropdownOption[] = unitOptions(props.units).map((option) => ({ ...option, key: String(option.key) }));
  const ownerOptions: IDropdownOption[] = (props.owners || [])
    .filter((owner) => owner.id !== undefined)
    .map((owner) => ({ key: String(owner.id), text: owner.displayName }));
  const id = (field: string): string => `${props.id}-${field}`;

  return (
    <div data-document-fields={props.mode}>
      <div className={classes.grid}>
        <LimitedTextField
          id={id('title')}
          label={strings.Fields.title}
          required
          disabled={disabled}
          value={form.title}
          limit={DOCUMENT_LIMITS.title}
          errorMessage={textError(errors.title, form.title)}
          onChange={(title) => onChange({ title })}
          data-field="title"
        />
        {props.mode === 'register' && (
          <Dropdown
            label={strings.Fields.type}
            required
            disabled={disabled}
            options={GOVERNING_DOCUMENT_TYPES.map((type) => ({ key: type, text: typeLabel(type) }))}
            selectedKey={form.type || null}
            errorMessage={fieldErrorText(errors.type)}
            onChange={(_, option) => option && onChange({ type: option.key as GoverningDocumentType, parentId: undefined })}
            data-field="type"
          />
        )}
        {props.mode === 'register' && (
          <Dropdown
            label={strings.Fields.ownerId}
            required
            disabled={disabled || ownerOptions.length < 2}
            options={ownerOptions}
            selectedKey={form.ownerId !== undefined ? String(form.ownerId) : null}
            errorMessage={fieldErrorText(errors.ownerId)}
            onChange={(_, option) => option && onChange({ ownerId: Number(option.key) })}
            data-field="owner"
          />
        )}
        <Dropdown
          label={strings.Fields.informationClass}
          required
          disabled={disabled}
          options={INFORMATION_CLASSES.map((value) => ({ key: value, text: informationClassLabel(value) }))}
          selectedKey={form.informationClass || null}
          errorMessage={fieldErrorText(errors.informationClass)}
          onChange={(_, option) => option && onChange({ informationClass: option.key as InformationClass })}
          data-field="informationClass"
        />
        <Dropdown
          label={strings.Fields.areas}
          required
          multiSelect
          disabled={disabled}
          options={SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }))}
          selectedKeys={form.areas.slice()}
          errorMessage={fieldErrorText(errors.areas)}
          onChange={(_, option) => {
            if (!option) return;
            const area = option.key as SecurityArea;
            onChange({ areas: option.selected ? SECURITY_AREAS.filter((a) => a === area || form.areas.indexOf(a) >= 0) : form.areas.filter((a) => a !== area) });
          }}
          data-field="areas"
        />
        <TextField
          id={id('interval')}
          label={strings.Fields.reviewCycleMonths}
          required
          disabled={disabled}
          type="number"
          min={1}
          value={form.reviewCycleMonths}
          errorMessage={fieldErrorText(errors.reviewCycleMonths)}
          onChange={(_, value) => onChange({ reviewCycleMonths: value || '' })}
          description={strings.IntervalHint}
          data-field="reviewCycleMonths"
        />
        <LimitedTextField
          id={id('preparedBy')}
          label={strings.Fields.preparedBy}
          disabled={disabled}
          value={form.preparedBy}
          limit={DOCUMENT_LIMITS.preparedBy}
          errorMessage={textError(errors.preparedBy, form.preparedBy)}
          onChange={(preparedBy) => onChange({ preparedBy })}
          data-field="preparedBy"
        />
      </div>
      <fieldset className={classes.fieldset}>
        <legend className={classes.legend}>{strings.PlacementLegend}</legend>
        <div className={classes.grid}>
          <Dropdown
            label={strings.Fields.scopeUnitId}
            disabled={disabled}
            options={scopeOptions}
            onRenderOption={renderUnitOption}
            selectedKey={form.scopeUnitId !== undefined ? String(form.scopeUnitId) : NONE}
            errorMessage={fieldErrorText(errors.scopeUnitId)}
            onChange={(_, option) =>
              option && onChange({ scopeUnitId: option.key === NONE ? undefined : Number(option.key), supplementsId: option.key === NONE ? undefined : form.supplementsId })
            }
            data-field="scope"
          />
          {form.scopeUnitId !== undefined && (
            <Dropdown
              label={strings.Fields.supplementsId}
              disabled={disabled}
              options={supplementsOptions}
              selectedKey={form.supplementsId !== undefined ? String(form.supplementsId) : NONE}
              errorMessage={fieldErrorText(errors.supplementsId)}
              onChange={(_, option) => option && onChange({ supplementsId: option.key === NONE ? undefined : Number(option.key) })}
              data-field="supplements"
            />
          )}
          <Dropdown
            label={strings.Fields.parentId}
            disabled={disabled || !form.type}
            options={parentOptions}
            selectedKey={form.parentId !== undefined ? String(form.parentId) : NONE}
            errorMessage={fieldErrorText(errors.parentId)}
            onChange={(_, option) => option && onChange({ parentId: option.key === NONE ? undefined : Number(option.key) })}
            data-field="parent"
          />
        </div>
      </fieldset>
      <fieldset className={classes.fieldset}>
        <legend className={classes.legend}>{strings.ReadAudienceLegend}</legend>
        <div className={classes.grid}>
          <PeopleListPicker
            id={id('readPeople')}
            label={strings.Fields.readPeople}
            directory={props.directory}
            disabled={disabled}
            selected={form.readPeople}
            onChange={(readPeople) => onChange({ readPeople })}
          />
          <Dropdown
            label={strings.Fields.readUnits}
            multiSelect
            disabled={disabled}
            options={unitChoices}
            onRenderOption={renderUnitOption}
            selectedKeys={form.readUnitIds.map(String)}
            errorMessage={fieldErrorText(errors.readConfirmation)}
            onChange={(_, option) => {
              if (!option) return;
              const unitId = Number(option.key);
              onChange({ readUnitIds: option.selected ? form.readUnitIds.concat([unitId]) : form.readUnitIds.filter((other) => other !== unitId) });
            }}
            data-field="readUnits"
          />
        </div>
      </fieldset>
    </div>
  );
}
