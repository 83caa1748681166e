import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { SECURITY_AREAS, SecurityArea } from '../../../../domain/securityAreas';
import { RISK_TEXT_LIMITS, RiskTextField } from '../../../../domain/risks/riskValidation';
import { CIA_PROPERTIES, RISK_SOURCES, RiskSource } from '../../../../domain/risks/vocabulary';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { Section } from '../../../../components/Section';
import { areaLabel, ciaLabel, sourceLabel } from '../../labels';
import { hasCia, IRiskFormState, RiskFormErrors } from '../../riskFormState';
import { fieldErrorText, textErrorText } from './fieldErrorText';
import { renderUnitOption, unitOptions } from '../../../../components/unitOptions';

export interface IDescriptionFieldsProps {
  form: IRiskFormState;
  errors: RiskFormErrors;
  readOnly: boolean;
  /** Units the risk may be placed on (the user's line, or all for the security function). */
  units: readonly IOrganisationUnit[];
  onChange: (patch: Partial<IRiskFormState>) => void;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12, alignItems: 'start' },
  chain: { border: 'none', padding: 0, margin: 0, minWidth: 0 },
  legend: { fontWeight: 600, padding: 0, marginBottom: 4 }
});

type TextKey = RiskTextField & keyof IRiskFormState;

/** What the risk is: title, cause → event → consequence, where, from what source, threat and vulnerability. */
export function DescriptionFields(props: IDescriptionFieldsProps): React.ReactElement {
  const { form, errors, readOnly, onChange } = props;
  const text = (key: TextKey, label: string, multiline: boolean, required?: boolean): React.ReactElement => (
    <LimitedTextField
      label={label}
      required={required}
      multiline={multiline}
      autoAdjustHeight={multiline}
      rows={multiline ? 3 : undefined}
      readOnly={readOnly}
      value={form[key] as string}
      limit={RISK_TEXT_LIMITS[key]}
      errorMessage={textErrorText(errors[key], form[key] as string)}
      onChange={(value) => onChange({ [key]: value } as Partial<IRiskFormState>)}
      data-field={key}
    />
  );
  const areaOptions: IDropdownOption[] = SECURITY_AREAS.map((area) => ({ key: area, text: areaLabel(area) }));
  const sourceOptions: IDropdownOption[] = RISK_SOURCES.map((source) => ({ key: source, text: sourceLabel(source) }));

  return (
    <Section id="trygg-risk-description" heading={strings.DescriptionHeading}>
      <div className={classes.grid}>
        {text('title', strings.Fields.title, false, true)}
        <Dropdown
          label={strings.Fields.area}
          required
          disabled={readOnly}
          options={areaOptions}
          selectedKey={form.area || null}
          errorMessage={fieldErrorText(errors.area)}
          onChange={(_, option) => option && onChange({ area: option.key as SecurityArea })}
        />
        <Dropdown
          label={strings.Fields.unitId}
          required
          disabled={readOnly}
          options={unitOptions(props.units)}
          onRenderOption={renderUnitOption}
          selectedKey={form.unitId === undefined ? null : form.unitId}
          errorMessage={fieldErrorText(errors.unitId)}
          onChange={(_, option) => option && onChange({ unitId: Number(option.key) })}
        />
      </div>
      <fieldset className={classes.chain} style={{ marginTop: 12 }}>
        <legend className={classes.legend}>{strings.ChainLegend}</legend>
        <div className={classes.grid}>
          {text('cause', strings.Fields.cause, true)}
          {text('event', strings.Fields.event, true)}
          {text('consequenceDescription', strings.Fields.consequenceDescription, true)}
        </div>
      </fieldset>
      <div className={classes.grid} style={{ marginTop: 12 }}>
        {text('asset', strings.Fields.asset, false)}
        <Dropdown
          label={strings.Fields.source}
          disabled={readOnly}
          options={sourceOptions}
          selectedKey={form.source || null}
          errorMessage={fieldErrorText(errors.source)}
          onChange={(_, option) => option && onChange({ source: option.key as RiskSource })}
        />
        {text('threat', strings.Fields.threat, true)}
        {text('vulnerability', strings.Fields.vulnerability, true)}
        {text('existingControls', strings.Fields.existingControls, true)}
      </div>
      {hasCia(form.area) && (
        <fieldset className={classes.chain} style={{ marginTop: 12 }} data-field="cia">
          <legend className={classes.legend}>{strings.Fields.cia}</legend>
          {CIA_PROPERTIES.map((property) => (
            <Checkbox
              key={property}
              label={ciaLabel(property)}
              disabled={readOnly}
              checked={form.cia.indexOf(property) >= 0}
              styles={{ root: { marginBottom: 4 } }}
              onChange={(_, checked) => onChange({ cia: CIA_PROPERTIES.filter((p) => (p === property ? !!checked : form.cia.indexOf(p) >= 0)) })}
            />
          ))}
          {errors.cia && <div role="alert">{fieldErrorText(errors.cia)}</div>}
        </fieldset>
      )}
    </Section>
  );
}
