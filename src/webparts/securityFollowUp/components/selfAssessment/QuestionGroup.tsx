import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ISelfAssessmentErrors, ISelfAssessmentQuestion } from '../../../../domain/pdsa/selfAssessment';
import { Section } from '../../../../components/Section';
import { answerForm, AnswersForm, IAnswerForm } from '../../assessmentForm';
import { QuestionCard } from './QuestionCard';

export interface IQuestionGroupProps {
  id: string;
  heading: string;
  intro: string;
  questions: readonly ISelfAssessmentQuestion[];
  answers: AnswersForm;
  errors: ISelfAssessmentErrors;
  readOnly: boolean;
  disabled: boolean;
  onChange: (key: string, patch: Partial<IAnswerForm>) => void;
}

/** The policy's principles, or the security areas: one card per question. */
export function QuestionGroup(props: IQuestionGroupProps): React.ReactElement {
  return (
    <Section id={props.id} heading={props.heading}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text block>{props.intro}</Text>
        {props.questions.map((question) => (
          <QuestionCard
            key={question.key}
            question={question}
            answer={answerForm(props.answers, question.key)}
            errors={props.errors.answers[question.key] || {}}
            readOnly={props.readOnly}
            disabled={props.disabled}
            onChange={(patch) => props.onChange(question.key, patch)}
          />
        ))}
      </Stack>
    </Section>
  );
}
