import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { IDirectory } from '../../../../domain/directory';
import { levelOf } from '../../../../domain/risks/matrix';
import { nextReviewFrom, reviewMonthsFor } from '../../../../domain/risks/review';
import { IRiskMatrix } from '../../../../domain/risks/types';
import { RISK_TREATMENTS, RiskTreatment } from '../../../../domain/risks/vocabulary';
import { PeoplePicker } from '../../../../components/PeoplePicker';
import { Section } from '../../../../components/Section';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { treatmentLabel } from '../../labels';
import { IRiskFormState, RiskFormErrors } from '../../riskFormState';
import { fieldErrorText } from './fieldErrorText';

export interface IFollowUpFieldsProps {
  form: IRiskFormState;
  errors: RiskFormErrors;
  readOnly: boolean;
  matrix: IRiskMatrix;
  directory: IDirectory;
  now: Date;
  onChange: (patch: Partial<IRiskFormState>) => void;
}

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12, alignItems: 'start' }
});

/** How the risk is met, who answers for it, and when it is looked at again (suggested from its level). */
export function FollowUpFields(props: IFollowUpFieldsProps): React.ReactElement {
  const { form, errors, readOnly, matrix } = props;
  const treatmentOptions: IDropdownOption[] = RISK_TREATMENTS.map((treatment) => ({ key: treatment, text: treatmentLabel(treatment) }));
  const current = form.current.likelihood !== undefined && form.current.consequence !== undefined ? { likelihood: form.current.likelihood, consequence: form.current.consequence } : undefined;
  const level = current ? levelOf(matrix, current) : undefined;
  // The level's cadence: the owner may choose to review more often, never less (riskValidation.ts).
  const months = current ? reviewMonthsFor({ current, reviewIntervalMonths: undefined }, matrix) : undefined;
  const suggestedDay = months ? nextReviewFrom(props.now, months) : undefined;

  return (
    <Section id="trygg-risk-follow-up" heading={strings.FollowUpHeading}>
      <div className={classes.grid}>
        <Dropdown
          label={strings.Fields.treatment}
          disabled={readOnly}
          options={treatmentOptions}
          selectedKey={form.treatment || null}
          errorMessage={fieldErrorText(errors.treatment)}
          onChange={(_, option) => option && props.onChange({ treatment: option.key as RiskTreatment })}
        />
        <PeoplePicker
          id="trygg-risk-owner"
          label={strings.Fields.owner}
          directory={props.directory}
          selected={form.owner}
          disabled={readOnly}
          onChange={(owner) => props.onChange({ owner })}
        />
        <PeoplePicker
          id="trygg-risk-approver"
          label={strings.Fields.approver}
          directory={props.directory}
          selected={form.approver}
          disabled={readOnly}
          onChange={(approver) => props.onChange({ approver })}
        />
        <TextField
          label={strings.Fields.reviewIntervalMonths}
          type="number"
          min={1}
          readOnly={readOnly}
          value={form.reviewIntervalMonths}
          errorMessage={fieldErrorText(errors.reviewIntervalMonths)}
          onChange={(_, value) => props.onChange({ reviewIntervalMonths: value || '' })}
        />
        <TextField
          label={strings.Fields.nextReviewAt}
          type="date"
          readOnly={readOnly}
          value={form.nextReviewAt}
          errorMessage={fieldErrorText(errors.nextReviewAt)}
          onChange={(_, value) => props.onChange({ nextReviewAt: value || '' })}
        />
      </div>
      {level && months && suggestedDay && (
        <div style={{ marginTop: 8 }} data-review-suggestion>
          <Text block>{format(strings.ReviewSuggestion, level.name, months, formatDate(`${suggestedDay}T00:00:00.000Z`))}</Text>
          {!readOnly && (
            <DefaultButton
              text={strings.UseSuggestion}
              styles={{ root: { marginTop: 4 } }}
              onClick={() => props.onChange({ reviewIntervalMonths: String(months), nextReviewAt: suggestedDay })}
            />
          )}
        </div>
      )}
    </Section>
  );
}
