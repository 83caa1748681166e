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
import { anyOption, choiceKey, chosen, chosenId } from '../../../../components/anyChoice';

export interface IDocumentFiltersProps {
  filter: IDocumentFilter;
  units: readonly IOrganisationUnit[];
  /** Owners to choose among (those of the documents seen). */
  owners: readonly IPerson[];
  /** Employees see only published documents: no status to choose. */
  showStatus: boolean;
  onChange: (filter: IDocumentFilter) => void;
}

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
  const any: IDropdownOption = anyOption(strings.FilterAny);
  const typeOptions: IDropdownOption[] = [any, ...GOVERNING_DOCUMENT_TYPES.map((type) => ({ key: type, text: typeLabel(type) }))];
  const areaOptions: IDropdownOption[] = [any, ...SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }))];
  const unitOptions: IDropdownOption[] = [any, ...unitOptionsOf(props.units).map((option) => ({ ...option, key: String(option.key) }))];
  const statusOptions: IDropdownOption[] = [any, ...DOCUMENT_STATUSES.map((status) => ({ key: status, text: statusLabel(status) }))];
  const ownerOptions: IDropdownOption[] = [
    any,
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
          selectedKey={choiceKey(filter.type)}
          onChange={(_, option) => onChange({ ...filter, type: chosen<GoverningDocumentType>(option) })}
        />
        <Dropdown
          label={strings.FilterArea}
          options={areaOptions}
          selectedKey={choiceKey(filter.area)}
          onChange={(_, option) => onChange({ ...filter, area: chosen<SecurityArea>(option) })}
        />
        <Dropdown
          label={strings.FilterUnit}
          options={unitOptions}
          selectedKey={choiceKey(filter.unitId)}
          onRenderOption={renderUnitOption}
          onChange={(_, option) => onChange({ ...filter, unitId: chosenId(option) })}
        />
        {props.showStatus && (
          <Dropdown
            label={strings.FilterStatus}
            options={statusOptions}
            selectedKey={choiceKey(filter.status)}
            onChange={(_, option) => onChange({ ...filter, status: chosen<DocumentStatus>(option) })}
          />
        )}
        <Dropdown
          label={strings.FilterOwner}
          options={ownerOptions}
          selectedKey={choiceKey(filter.ownerId)}
          onChange={(_, option) => onChange({ ...filter, ownerId: chosenId(option) })}
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
