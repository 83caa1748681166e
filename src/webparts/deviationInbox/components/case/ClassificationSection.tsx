import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationInboxWebPartStrings';
import {
  CONSEQUENCE_LEVELS,
  ConsequenceLevel,
  DEVIATION_TYPES,
  DeviationType,
  MSB_INCIDENT_CATEGORIES,
  MsbIncidentCategory
} from '../../../../domain/deviations/vocabulary';
import { AREAS_WITH_MSB_CATEGORY, SECURITY_AREAS, SecurityArea } from '../../../../domain/securityAreas';
import { IClassification } from '../../../../services/deviations/IDeviationHandlingService';
import { Section } from '../../../../components/Section';
import { areaLabel, consequenceLabel, msbLabel, typeLabel } from '../../handling/labels';
import { ICaseSectionProps } from './ICaseSectionProps';
import { runDetached } from '../../../../components/runDetached';

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 8, marginBottom: 12 }
});

const FIELDS: readonly (keyof IClassification)[] = ['type', 'area', 'actualConsequence', 'potentialConsequence', 'msbCategory'];

/**
 * Only the fields the handler changed: if someone else saved meanwhile and the change is applied
 * again on their version, fields this handler did not touch keep the other person's values.
 */
function changedFields(draft: IClassification, stored: IClassification): IClassification {
  const changes: Record<string, string | undefined> = {};
  FIELDS.forEach((field) => {
    if (draft[field] !== undefined && draft[field] !== stored[field]) changes[field] = draft[field];
  });
  return changes as IClassification;
}

/** Type, area, actual and potential consequence; the MSB category only for information and IT security. */
export function ClassificationSection(props: ICaseSectionProps): React.ReactElement {
  const { deviation } = props;
  const stored: IClassification = {
    type: deviation.type,
    area: deviation.area,
    actualConsequence: deviation.actualConsequence,
    potentialConsequence: deviation.potentialConsequence,
    msbCategory: deviation.msbCategory
  };
  const [draft, setDraft] = React.useState<IClassification>(stored);
  const needsMsb = !!draft.area && AREAS_WITH_MSB_CATEGORY.indexOf(draft.area) >= 0;
  const toSave = changedFields({ ...draft, msbCategory: needsMsb ? draft.msbCategory : undefined }, stored);

  const typeOptions: IDropdownOption[] = DEVIATION_TYPES.map((type) => ({ key: type, text: typeLabel(type) }));
  const areaOptions: IDropdownOption[] = SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }));
  const levelOptions: IDropdownOption[] = CONSEQUENCE_LEVELS.map((level) => ({ key: level, text: consequenceLabel(level) }));
  const msbOptions: IDropdownOption[] = MSB_INCIDENT_CATEGORIES.map((category) => ({ key: category, text: msbLabel(category) }));
  const disabled = !props.editable;

  return (
    <Section id="trygg-case-classification" heading={strings.ClassificationHeading}>
      <div className={classes.grid}>
        <Dropdown
          label={strings.TypeLabel}
          options={typeOptions}
          selectedKey={draft.type || ''}
          placeholder={strings.ChoosePlaceholder}
          disabled={disabled}
          onChange={(_, option) => option && setDraft({ ...draft, type: option.key as DeviationType })}
        />
        <Dropdown
          label={strings.AreaLabel}
          options={areaOptions}
          selectedKey={draft.area || ''}
          placeholder={strings.ChoosePlaceholder}
          disabled={disabled}
          onChange={(_, option) => option && setDraft({ ...draft, area: option.key as SecurityArea })}
        />
        <Dropdown
          label={strings.ActualConsequenceLabel}
          options={levelOptions}
          selectedKey={draft.actualConsequence || ''}
          placeholder={strings.ChoosePlaceholder}
          disabled={disabled}
          onChange={(_, option) => option && setDraft({ ...draft, actualConsequence: option.key as ConsequenceLevel })}
        />
        <Dropdown
          label={strings.PotentialConsequenceLabel}
          options={levelOptions}
          selectedKey={draft.potentialConsequence || ''}
          placeholder={strings.ChoosePlaceholder}
          disabled={disabled}
          onChange={(_, option) => option && setDraft({ ...draft, potentialConsequence: option.key as ConsequenceLevel })}
        />
        {needsMsb && (
          <Dropdown
            label={strings.MsbCategoryLabel}
            options={msbOptions}
            selectedKey={draft.msbCategory || ''}
            placeholder={strings.ChoosePlaceholder}
            disabled={disabled}
            required
            onChange={(_, option) => option && setDraft({ ...draft, msbCategory: option.key as MsbIncidentCategory })}
          />
        )}
      </div>
      {props.editable && (
        <PrimaryButton
          text={strings.SaveClassification}
          disabled={props.busy || Object.keys(toSave).length === 0}
          onClick={() => runDetached(props.onSave({ kind: 'classify', classification: toSave }))}
        />
      )}
    </Section>
  );
}
