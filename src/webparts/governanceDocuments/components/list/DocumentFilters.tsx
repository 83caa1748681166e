import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { SECURITY_AREAS, SecurityArea } from '../../../../domain/securityAreas';
import { DOCUMENT_STATUSES, DocumentStatus, GOVERNING_DOCUMENT_TYPES, GoverningDocumentType } from '../../../../domain/documents/vocabulary';
import { IOrganisationUnit, IPerson } from '../../../../domain/organisation';
import { IDocumentFilter } from '../../../../services/documents/IGoverningDocumentsService';
import { renderUnitOption, unitOptions as unitOptionsOf } from '../../../../components/unitOptions';
import { areaLabel, statusLabel, typeLabel } from '../../labels';

export interface IDocumentFiltersProps {
  filter: IDocumentFilter;
  units: readonly IOrganisationUnit[];
  /** Owners to choose among (those of the documents seen). */
  owners: readonly IPerson[];
  /** Employees see only published documents: no status to choose. */
  showStatus: boolean;
  onChange: (filter: IDocumentFilter) => void;
}

const ANY = '';

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 8, alignItems: 'end' },
  checks: { display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'center', marginTop: 8 }
});

/** Everything but the words: the filters that go to SharePoint with the search. */
export function isFiltered(filter: IDocumentFilter): boolean {
  return Object.keys(filter).some((key) => key !== 'text' && (filter as Record<string, unknown>)[key] !== undefined && (filter as Record<string, unknown>)[key] !== false);
}

/** Type, area, unit (with the regional documents it follows), status, owner; expiring and expired as checkboxes. */
export function DocumentFilters(props: IDocumentFiltersProps): React.ReactElement {
  const { filter, onChange } = props;
  const anyOption: IDropdownOption = { key: ANY, text: strings.FilterAny };
  const typeOptions: IDropdownOption[] = [anyOption, ...GOVERNING_DOCUMENT_TYPES.map((type) => ({ key: type, text: typeLabel(type) }))];
  const areaOptions: IDropdownOption[] = [anyOption, ...SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }))];
  const unitOptions: IDropdownOption[] = [anyOption, ...unitOptionsOf(props.units).map((option) => ({ ...option, key: String(option.key) }))];
  const statusOptions: IDropdownOption[] = [anyOption, ...DOCUMENT_STATUSES.map((status) => ({ key: status, text: statusLabel(status) }))];
  const ownerOptions: IDropdownOption[] = [
    anyOption,
    ...props.owners
      .filter((owner) => owner.id !== undefined)
      .slice()
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'))
      .map((owner) => ({ key: String(owner.id), text: owner.displayName }))
  ];

  return (
    <div role="group" aria-label={strings.FiltersLabel}>
      <div className={classes.grid}>
        <Dropdown
          label={strings.FilterType}
          options={typeOptions}
          selectedKey={filter.type || ANY}
          onChange={(_, option) => onChange({ ...filter, type: option && option.key !== ANY ? (option.key as GoverningDocumentType) : undefined })}
        />
        <Dropdown
          label={strings.FilterArea}
          options={areaOptions}
          selectedKey={filter.area || ANY}
          onChange={(_, option) => onChange({ ...filter, area: option && option.key !== ANY ? (option.key as SecurityArea) : undefined })}
        />
        <Dropdown
          label={strings.FilterUnit}
          options={unitOptions}
          selectedKey={filter.unitId !== undefined ? String(filter.unitId) : ANY}
          onRenderOption={renderUnitOption}
          onChange={(_, option) => onChange({ ...filter, unitId: option && option.key !== ANY ? Number(option.key) : undefined })}
        />
        {props.showStatus && (
          <Dropdown
            label={strings.FilterStatus}
            options={statusOptions}
            selectedKey={filter.status || ANY}
            onChange={(_, option) => onChange({ ...filter, status: option && option.key !== ANY ? (option.key as DocumentStatus) : undefined })}
          />
        )}
        <Dropdown
          label={strings.FilterOwner}
          options={ownerOptions}
          selectedKey={filter.ownerId !== undefined ? String(filter.ownerId) : ANY}
          onChange={(_, option) => onChange({ ...filter, ownerId: option && option.key !== ANY ? Number(option.key) : undefined })}
        />
      </div>
      <div className={classes.checks}>
        <Checkbox label={strings.FilterExpiringSoon} checked={!!filter.expiringSoon} onChange={(_, checked) => onChange({ ...filter, expiringSoon: checked || undefined })} />
        <Checkbox label={strings.FilterExpired} checked={!!filter.expired} onChange={(_, checked) => onChange({ ...filter, expired: checked || undefined })} />
        {isFiltered(filter) && <DefaultButton text={strings.ClearFilters} onClick={() => onChange({ text: filter.text })} />}
      </div>
    </div>
  );
}
