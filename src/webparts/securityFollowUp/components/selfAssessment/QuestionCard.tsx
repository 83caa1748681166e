import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Link } from '@fluentui/react/lib/Link';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { ANSWER_SCALE, AnswerErrors, ISelfAssessmentQuestion } from '../../../../domain/pdsa/selfAssessment';
import { PDSA_LIMITS } from '../../../../domain/pdsa/vocabulary';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { PlainText } from '../../../../components/PlainText';
import { answerFromKey, IAnswerForm, needsComment } from '../../assessmentForm';
import { answerLabel, fieldErrorText, principleSource, questionGroupLabel, questionText, textErrorText } from '../../labels';

export interface IQuestionCardProps {
  question: ISelfAssessmentQuestion;
  answer: IAnswerForm;
  errors: AnswerErrors;
  readOnly: boolean;
  disabled: boolean;
  onChange: (patch: Partial<IAnswerForm>) => void;
}

/** A problem with the evidence link: the domain says invalidCharacters for anything but an https address. */
function evidenceErrorText(error: string | undefined, value: string): string | undefined {
  return error === 'invalidCharacters' ? strings.EvidenceUrlInvalid : textErrorText(error, value);
}

/** One question: the answer on the scale, a comment (required at "Uppfylls delvis" and below) and a link to the evidence. */
export function QuestionCard(props: IQuestionCardProps): React.ReactElement {
  const theme = useTheme();
  const { question, answer, errors } = props;
  const id = `trygg-question-${question.key.replace(/\./g, '-')}`;
  const source = principleSource(question);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <div
      role="group"
      aria-labelledby={`${id}-text`}
      data-question={question.key}
      data-question-errors={hasErrors ? Object.keys(errors).join(' ') : undefined}
      style={{
        padding: 12,
        borderRadius: 4,
        border: `1px solid ${hasErrors ? theme.semanticColors.errorText : theme.semanticColors.bodyDivider}`,
        borderLeftWidth: hasErrors ? 4 : 1
      }}
    >
      <Stack tokens={{ childrenGap: 6 }}>
        <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext, fontWeight: 600 } }}>
          {questionGroupLabel(question)}
        </Text>
        <Text id={`${id}-text`} block styles={{ root: { fontWeight: 600 } }}>
          {questionText(question)}
        </Text>
        {source && (
          <Text variant="small" block styles={{ root: { fontStyle: 'italic', color: theme.semanticColors.bodySubtext } }}>
            {strings.PolicyWords} ”{source}”
          </Text>
        )}
        {props.readOnly ? (
          <dl style={{ margin: 0 }}>
            <dt style={{ fontWeight: 600 }}>{strings.AnswerLabel}</dt>
            <dd style={{ margin: '0 0 4px' }} data-answer={answer.answer !== undefined ? String(answer.answer) : ''}>
              {answer.answer !== undefined ? answerLabel(answer.answer) : strings.NotAnswered}
            </dd>
            <dt style={{ fontWeight: 600 }}>{strings.CommentLabel}</dt>
            <dd style={{ margin: '0 0 4px' }}>
              <PlainText text={answer.comment} empty={strings.EmptyValue} />
            </dd>
            <dt style={{ fontWeight: 600 }}>{strings.EvidenceLabel}</dt>
            <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>
              {/* Stored links were checked to be https on save; anything else is shown as text, never followed. */}
              {/^https:\/\//i.test(answer.evidenceUrl) ? (
                <Link href={answer.evidenceUrl} target="_blank" rel="noopener noreferrer">
                  {answer.evidenceUrl}
                </Link>
              ) : (
                <PlainText text={answer.evidenceUrl} empty={strings.EmptyValue} />
              )}
            </dd>
          </dl>
        ) : (
          <>
            <ChoiceGroup
              label={strings.AnswerLabel}
              required
              selectedKey={answer.answer !== undefined ? String(answer.answer) : null}
              options={ANSWER_SCALE.map((value) => ({ key: String(value), text: answerLabel(value), disabled: props.disabled }))}
              styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
              onChange={(_, option) => option && props.onChange({ answer: answerFromKey(String(option.key)) })}
            />
            {errors.answer && (
              <Text block role="alert" variant="small" styles={{ root: { color: theme.semanticColors.errorText } }}>
                {fieldErrorText(errors.answer)}
              </Text>
            )}
            <LimitedTextField
              label={strings.CommentLabel}
              description={needsComment(answer.answer) ? strings.CommentRequiredHint : undefined}
              required={needsComment(answer.answer)}
              multiline
              autoAdjustHeight
              rows={2}
              value={answer.comment}
              limit={PDSA_LIMITS.comment}
              disabled={props.disabled}
              errorMessage={textErrorText(errors.comment, answer.comment)}
              onChange={(comment) => props.onChange({ comment })}
            />
            <LimitedTextField
              label={strings.EvidenceLabel}
              description={strings.EvidenceHint}
              type="url"
              value={answer.evidenceUrl}
              limit={PDSA_LIMITS.evidenceUrl}
              disabled={props.disabled}
              errorMessage={evidenceErrorText(errors.evidenceUrl, answer.evidenceUrl)}
              onChange={(evidenceUrl) => props.onChange({ evidenceUrl })}
            />
          </>
        )}
      </Stack>
    </div>
  );
}
