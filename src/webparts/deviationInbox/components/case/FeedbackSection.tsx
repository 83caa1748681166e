import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'DeviationInboxWebPartStrings';
import { CASE_TEXT_LIMITS, caseTextError } from '../../../../domain/deviations/limits';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { Section } from '../../../../components/Section';
import { PlainText } from '../../../../components/PlainText';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { ICaseSectionProps } from './ICaseSectionProps';
import { runDetached } from '../../../../components/runDetached';

/** Feedback to the reporter: sent by mail as plain text, and required before the case can close. */
export function FeedbackSection(props: ICaseSectionProps): React.ReactElement {
  const { deviation } = props;
  const [text, setText] = React.useState(deviation.feedback || '');
  const unchanged = text.trim() === (deviation.feedback || '').trim();

  return (
    <Section id="trygg-case-feedback" heading={strings.FeedbackHeading}>
      {deviation.feedbackAt && (
        <Text block variant="small" styles={{ root: { marginBottom: 8 } }}>
          {format(strings.FeedbackGivenAt, formatDateTime(deviation.feedbackAt))}
        </Text>
      )}
      {props.editable ? (
        <>
          <Text block styles={{ root: { marginBottom: 8 } }}>
            {deviation.reporter
              ? format(deviation.store === 'protected' ? strings.FeedbackIntroProtected : strings.FeedbackIntro, deviation.reporter.displayName)
              : strings.FeedbackNoReporter}
          </Text>
          <LimitedTextField
            label={strings.FeedbackLabel}
            multiline
            rows={4}
            autoAdjustHeight
            value={text}
            limit={CASE_TEXT_LIMITS.feedback}
            onChange={setText}
          />
          <PrimaryButton
            text={strings.SendFeedback}
            disabled={props.busy || caseTextError('feedback', text, true) !== undefined || unchanged}
            onClick={() => runDetached(props.onSave({ kind: 'feedback', feedback: text }))}
            styles={{ root: { marginTop: 8 } }}
          />
        </>
      ) : (
        <PlainText text={deviation.feedback} empty={strings.NoFeedback} />
      )}
    </Section>
  );
}
