import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationInboxWebPartStrings';
import { IMtoCause } from '../../../../domain/deviations/types';
import { MTO_CATEGORIES, MtoCategory } from '../../../../domain/deviations/vocabulary';
import { CASE_TEXT_LIMITS, causeErrors } from '../../../../domain/deviations/limits';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { Section } from '../../../../components/Section';
import { PlainText } from '../../../../components/PlainText';
import { format } from '../../../../common/format';
import { mtoLabel } from '../../handling/labels';
import { ICaseSectionProps } from './ICaseSectionProps';
import { runDetached } from '../../../../components/runDetached';

const classes = mergeStyleSets({
  row: { display: 'grid', gridTemplateColumns: 'minmax(140px, 180px) minmax(0, 1fr) auto', gap: 8, alignItems: 'start' },
  narrowRow: { '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr) auto' } },
  list: { margin: 0, paddingLeft: 20 }
});

function sameCauses(a: readonly IMtoCause[], b: readonly IMtoCause[]): boolean {
  return a.length === b.length && a.every((cause, index) => cause.category === b[index].category && cause.text === b[index].text);
}

/** The MTO analysis: one or more causes per category (människa, teknik, organisation), each in words. */
export function CausesSection(props: ICaseSectionProps): React.ReactElement {
  const { deviation } = props;
  const [causes, setCauses] = React.useState<IMtoCause[]>(deviation.mtoCauses.slice());
  const categoryOptions: IDropdownOption[] = MTO_CATEGORIES.map((category) => ({ key: category, text: mtoLabel(category) }));
  const update = (index: number, cause: IMtoCause): void => setCauses(causes.map((current, i) => (i === index ? cause : current)));
  // Every cause must say something within the limit; the fields say which and why.
  const invalid = causeErrors(causes).some((error) => error !== undefined);

  if (!props.editable) {
    return (
      <Section id="trygg-case-causes" heading={strings.CausesHeading}>
        {deviation.mtoCauses.length === 0 ? (
          <Text block>{strings.NoCauses}</Text>
        ) : (
          <ul className={classes.list}>
            {deviation.mtoCauses.map((cause, index) => (
              <li key={index}>
                <Text styles={{ root: { fontWeight: 600 } }}>{`${mtoLabel(cause.category)}: `}</Text>
                <PlainText text={cause.text} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    );
  }

  return (
    <Section id="trygg-case-causes" heading={strings.CausesHeading}>
      <Text block styles={{ root: { marginBottom: 8 } }}>
        {strings.CausesIntro}
      </Text>
      <Stack tokens={{ childrenGap: 8 }}>
        {causes.map((cause, index) => (
          <div key={index} className={`${classes.row} ${classes.narrowRow}`} data-cause-index={index}>
            <Dropdown
              label={strings.CauseCategoryLabel}
              options={categoryOptions}
              selectedKey={cause.category}
              onChange={(_, option) => option && update(index, { ...cause, category: option.key as MtoCategory })}
            />
            <LimitedTextField
              label={strings.CauseTextLabel}
              required
              multiline
              autoAdjustHeight
              value={cause.text}
              limit={CASE_TEXT_LIMITS.cause}
              onChange={(text) => update(index, { ...cause, text })}
            />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              title={format(strings.RemoveCause, index + 1)}
              ariaLabel={format(strings.RemoveCause, index + 1)}
              styles={{ root: { marginTop: 29 } }}
              onClick={() => setCauses(causes.filter((_, i) => i !== index))}
            />
          </div>
        ))}
        {causes.length === 0 && <Text block>{strings.NoCauses}</Text>}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton
            iconProps={{ iconName: 'Add' }}
            text={strings.AddCause}
            onClick={() => setCauses(causes.concat([{ category: MTO_CATEGORIES[0], text: '' }]))}
          />
          <PrimaryButton
            text={strings.SaveCauses}
            disabled={props.busy || invalid || sameCauses(causes, deviation.mtoCauses)}
            onClick={() => runDetached(props.onSave({ kind: 'causes', causes }))}
          />
        </Stack>
      </Stack>
    </Section>
  );
}
