import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IStoredSelfAssessment } from '../../../../domain/pdsa/repositories';
import { ISelfAssessmentErrors, SELF_ASSESSMENT_QUESTIONS, selfAssessmentErrors } from '../../../../domain/pdsa/selfAssessment';
import { SelfAssessmentStatus } from '../../../../domain/pdsa/vocabulary';
import { ConflictPanel } from '../../../../components/ConflictPanel';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { runDetached } from '../../../../components/runDetached';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { ITryggServices } from '../../../../services/ITryggServices';
import { answeredCount, answerForm, AnswersForm, answersFromStored, assessmentConflictRows, assessmentInput, IAnswerForm, questionsWithErrors } from '../../assessmentForm';
import { personName, unitTitle } from '../../labels';
import { conflictTexts } from '../conflictTexts';
import { FollowUpNotice } from './FollowUpNotice';
import { QuestionGroup } from './QuestionGroup';

export interface IAssessmentFormProps {
  services: ITryggServices;
  units: readonly IOrganisationUnit[];
  unitId: number;
  year: number;
  stored: IStoredSelfAssessment | undefined;
  /** The unit rule: whether the user answers for this unit. */
  mayAnswer: boolean;
}

type Outcome = 'draftSaved' | 'submitted' | 'notPermitted' | undefined;

const NO_ERRORS: ISelfAssessmentErrors = { fields: {}, answers: {} };

/**
 * The questionnaire: saved as a draft as often as wanted, submitted once every question is answered
 * (each problem shown at its question), read-only from then on with who submitted it and when.
 */
export function AssessmentForm(props: IAssessmentFormProps): React.ReactElement {
  const { services, units, unitId, year } = props;
  const [stored, setStored] = React.useState<IStoredSelfAssessment | undefined>(props.stored);
  const [answers, setAnswers] = React.useState<AnswersForm>(() => answersFromStored(props.stored));
  // The status last tried: its rules are shown at each question from then on.
  const [tried, setTried] = React.useState<SelfAssessmentStatus | undefined>(undefined);
  const [refused, setRefused] = React.useState<ISelfAssessmentErrors>(NO_ERRORS);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [outcome, setOutcome] = React.useState<Outcome>(undefined);
  const [theirs, setTheirs] = React.useState<IStoredSelfAssessment | undefined>(undefined);
  // One id until the assessment exists: a first save retried after a lost answer finds what it added.
  const requestId = React.useRef(newClientRequestId());

  const scope = { unitId, year };
  const readOnly = !props.mayAnswer || (!!stored && stored.status === 'Inlämnad');
  const local = tried ? selfAssessmentErrors(assessmentInput(scope, answers, tried, stored), { units }) : NO_ERRORS;
  const errors: ISelfAssessmentErrors = { fields: { ...refused.fields, ...local.fields }, answers: { ...refused.answers, ...local.answers } };
  const problems = questionsWithErrors(errors);

  const send = async (status: SelfAssessmentStatus, against: IStoredSelfAssessment | undefined): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setOutcome(undefined);
    try {
      const result = await services.selfAssessments.save(assessmentInput(scope, answers, status, against), requestId.current, against);
      if (result.kind === 'saved') {
        setStored(result.item);
        setAnswers(answersFromStored(result.item));
        setTried(undefined);
        setOutcome(status === 'Inlämnad' ? 'submitted' : 'draftSaved');
      } else if (result.kind === 'invalid') setRefused(result.errors);
      else if (result.kind === 'notPermitted') setOutcome('notPermitted');
      else setTheirs(result.theirs);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const save = async (status: SelfAssessmentStatus): Promise<void> => {
    setTried(status);
    setRefused(NO_ERRORS);
    const check = selfAssessmentErrors(assessmentInput(scope, answers, status, stored), { units });
    if (questionsWithErrors(check).length > 0 || Object.keys(check.fields).length > 0) return;
    await send(status, stored);
  };

  const change = (key: string, patch: Partial<IAnswerForm>): void => {
    setAnswers((before) => ({ ...before, [key]: { ...answerForm(before, key), ...patch } }));
    setOutcome(undefined);
  };

  if (theirs) {
    const submittedMeanwhile = theirs.status === 'Inlämnad';
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        <ConflictPanel
          id="trygg-assessment-conflict-heading"
          texts={conflictTexts()}
          intro={format(strings.AssessmentConflictIntro, personName(theirs.modifiedBy) || strings.Unknown, formatDateTime(theirs.modified))}
          rows={assessmentConflictRows(answers, theirs)}
          busy={busy}
          primary={{
            text: strings.ConflictKeepMine,
            disabled: submittedMeanwhile,
            onClick: () => {
              setTheirs(undefined);
              setStored(theirs);
              runDetached(send('Utkast', theirs));
            }
          }}
          secondary={{
            text: strings.ConflictTakeTheirs,
            onClick: () => {
              setTheirs(undefined);
              setStored(theirs);
              setAnswers(answersFromStored(theirs));
              setTried(undefined);
            }
          }}
        />
        {submittedMeanwhile && <Text block>{strings.AssessmentSubmittedMeanwhile}</Text>}
      </Stack>
    );
  }

  const principles = SELF_ASSESSMENT_QUESTIONS.filter((question) => question.group === 'principle');
  const areas = SELF_ASSESSMENT_QUESTIONS.filter((question) => question.group === 'area');
  const groupProps = { answers, errors, readOnly, disabled: busy, onChange: change };
  return (
    <Stack tokens={{ childrenGap: 12 }} data-assessment-status={stored ? stored.status : 'none'}>
      {stored && stored.targetedFollowUp && <FollowUpNotice note={stored.targetedFollowUpNote} open={!readOnly} />}
      <Text as="h3" variant="large" block styles={{ root: { margin: 0 } }}>
        {format(strings.AssessmentHeading, unitTitle(units, unitId), year)}
      </Text>
      {stored && stored.status === 'Inlämnad' ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline data-submitted>
          {format(strings.SubmittedBy, personName(stored.submittedBy) || strings.Unknown, formatDateTime(stored.submittedAt))}
        </MessageBar>
      ) : (
        <Text block data-answered={answeredCount(answers)}>
          {format(strings.AnsweredCount, answeredCount(answers), SELF_ASSESSMENT_QUESTIONS.length)}
          {' · '}
          {stored ? strings.Statuses.draft : strings.NotStarted}
        </Text>
      )}
      <QuestionGroup id="trygg-assessment-principles" heading={strings.PrinciplesHeading} intro={strings.PrinciplesIntro} questions={principles} {...groupProps} />
      <QuestionGroup id="trygg-assessment-areas" heading={strings.AreasHeading} intro={strings.AreasIntro} questions={areas} {...groupProps} />
      {problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline data-form-errors={problems.length}>
          {format(problems.length === 1 ? strings.OneQuestionHasErrors : strings.QuestionsHaveErrors, problems.length)}
        </MessageBar>
      )}
      {outcome === 'draftSaved' && <MessageBar messageBarType={MessageBarType.success}>{strings.DraftSaved}</MessageBar>}
      {outcome === 'submitted' && <MessageBar messageBarType={MessageBarType.success}>{strings.AssessmentSubmitted}</MessageBar>}
      {outcome === 'notPermitted' && <MessageBar messageBarType={MessageBarType.blocked}>{strings.AssessmentNotPermitted}</MessageBar>}
      {failure !== undefined && <ErrorMessageBar error={failure} onDismiss={() => setFailure(undefined)} />}
      {!readOnly && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text block variant="small">
            {strings.SubmitHint}
          </Text>
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.SubmitAssessment} disabled={busy} onClick={() => runDetached(save('Inlämnad'))} />
            <DefaultButton text={strings.SaveDraft} disabled={busy} onClick={() => runDetached(save('Utkast'))} />
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
