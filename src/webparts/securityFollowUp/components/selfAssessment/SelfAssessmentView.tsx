import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as common from 'TryggStrings';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { renderUnitOption, unitOptions } from '../../../../components/unitOptions';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ITryggServices } from '../../../../services/ITryggServices';
import { defaultAssessmentUnit } from '../../assessmentForm';
import { IFollowUpContext, mayChange } from '../followUpContext';
import { YearPicker } from '../YearPicker';
import { AssessmentForm } from './AssessmentForm';

export interface ISelfAssessmentViewProps {
  services: ITryggServices;
  context: IFollowUpContext;
  year: number;
  onYearChange: (year: number) => void;
}

const classes = mergeStyleSets({
  pickers: { display: 'grid', gridTemplateColumns: 'minmax(220px, 2fr) minmax(110px, 1fr)', gap: 8, maxWidth: 560, '@media (max-width: 480px)': { gridTemplateColumns: '1fr' } }
});

/** The questionnaire of one unit and year: the user's own unit first, any unit they answer for on request. */
export function SelfAssessmentView(props: ISelfAssessmentViewProps): React.ReactElement {
  const { services, context, year } = props;
  const [unitId, setUnitId] = React.useState<number | undefined>(() => defaultAssessmentUnit(context.me, context.units, context.changeable));
  const [stored, reload] = useAsyncData(() => (unitId === undefined ? Promise.resolve(undefined) : services.selfAssessments.get(unitId, year)), [services, unitId, year]);
  const units = context.units.filter((unit) => context.changeable.indexOf(unit.id) >= 0);

  return (
    <Stack tokens={{ childrenGap: 12 }} data-trygg="self-assessment">
      <Text block>{strings.SelfAssessmentIntro}</Text>
      <div role="group" aria-label={strings.AssessmentScopeLabel} className={classes.pickers}>
        <Dropdown
          label={strings.AssessmentUnitLabel}
          options={unitOptions(units)}
          onRenderOption={renderUnitOption}
          selectedKey={unitId !== undefined ? unitId : null}
          placeholder={strings.ChooseUnit}
          onChange={(_, option) => option && setUnitId(Number(option.key))}
        />
        <YearPicker year={year} now={services.now()} onChange={props.onYearChange} />
      </div>
      {stored.state === 'loading' && <Spinner label={common.Loading} />}
      {stored.state === 'failed' && <ErrorMessageBar error={stored.error} onRetry={reload} />}
      {stored.state === 'ready' && unitId !== undefined && (
        <AssessmentForm
          // A new unit or year starts its own form: nothing typed for one is sent for another.
          key={`${unitId}-${year}`}
          services={services}
          units={context.units}
          unitId={unitId}
          year={year}
          stored={stored.value}
          mayAnswer={mayChange(context, unitId)}
        />
      )}
    </Stack>
  );
}
