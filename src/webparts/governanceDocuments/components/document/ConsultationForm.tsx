import * as React from 'react';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { DAY_MS, dayString, utcDay } from '../../../../domain/days';
import { consultationErrors } from '../../../../domain/documents/documentValidation';
import { IConsultationInput } from '../../../../domain/documents/inputs';
import { IConsultationRound, IGoverningDocument } from '../../../../domain/documents/types';
import { DOCUMENT_LIMITS } from '../../../../domain/documents/vocabulary';
import { IOrganisationUnit, IPerson } from '../../../../domain/organisation';
import { IGoverningDocumentsService } from '../../../../services/documents/IGoverningDocumentsService';
import { newClientRequestId } from '../../../../services/deviations/ReportQueue';
import { KnownPeoplePicker } from '../../../../components/KnownPeoplePicker';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { format } from '../../../../common/format';
import { renderUnitOption, unitOptions } from '../../../../components/unitOptions';
import { fieldErrorText } from '../blockerText';
import { otherReasons, StepResult, useStep } from '../useStep';
import { ActionForm } from './ActionForm';
import { sitePeople } from './sitePeople';

export interface IConsultationFormProps {
  documents: IGoverningDocumentsService;
  document: IGoverningDocument;
  related: readonly IGoverningDocument[];
  units: readonly IOrganisationUnit[];
  me: IPerson;
  now: Date;
  onDone: (result: StepResult<IConsultationRound>) => void;
  onCancel: () => void;
}

/** Two weeks is the usual time for a remiss; the owner changes it. */
const SUGGESTED_DAYS = 14;

const classes = mergeStyleSets({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12, alignItems: 'start' }
});

/**
 * Sends the draft on remiss: a copy goes to the named people and to the managers of the chosen
 * units, who comment until the deadline. One id per round, so that a retry sends nothing twice.
 */
export function ConsultationForm(props: IConsultationFormProps): React.ReactElement {
  const { document, now } = props;
  const [people, setPeople] = React.useState<IPerson[]>([]);
  const [unitIds, setUnitIds] = React.useState<number[]>([]);
  const [deadline, setDeadline] = React.useState(() => dayString(utcDay(now) + SUGGESTED_DAYS * DAY_MS));
  const [message, setMessage] = React.useState('');
  const [checked, setChecked] = React.useState(false);
  const step = useStep();
  const requestId = React.useRef(newClientRequestId());
  const candidates = React.useMemo(() => sitePeople(props.units, props.related).filter((person) => person.id !== props.me.id), [props.units, props.related, props.me]);
  const input: IConsultationInput = {
    recipientIds: people.map((person) => person.id as number),
    unitIds,
    deadline,
    message: message.trim() || undefined
  };
  const errors = consultationErrors(input, now);
  const shown: Record<string, string | undefined> = { ...step.refusal, ...(checked ? errors : {}) };
  const describe = React.useCallback((person: IPerson) => describePerson(person, props.units), [props.units]);

  const submit = async (): Promise<void> => {
    setChecked(true);
    if (Object.keys(errors).length > 0) return;
    const result = await step.run(() => props.documents.sendConsultation(document.id, input, requestId.current));
    if (result.kind === 'done' || result.kind === 'conflict') props.onDone(result);
  };

  return (
    <ActionForm
      id="trygg-send-consultation"
      heading={strings.ConsultationSendHeading}
      intro={format(strings.ConsultationSendIntro, document.number)}
      submitText={strings.ConsultationSendButton}
      busy={step.busy}
      refused={otherReasons(step.refusal, ['recipients', 'deadline', 'message', 'recipientIds', 'unitIds'])}
      failure={step.failure}
      onDismissFailure={step.dismiss}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <div className={classes.grid}>
        <KnownPeoplePicker
          id="trygg-consultation-people"
          label={strings.ConsultationPeopleLabel}
          people={candidates}
          selected={people}
          describe={describe}
          itemLimit={DOCUMENT_LIMITS.consultationRecipients}
          disabled={step.busy}
          onChange={setPeople}
        />
        <Dropdown
          label={strings.ConsultationUnitsLabel}
          multiSelect
          disabled={step.busy}
          options={unitOptions(props.units).map((option) => ({ ...option, key: String(option.key) }))}
          onRenderOption={renderUnitOption}
          selectedKeys={unitIds.map(String)}
          onChange={(_, option) => {
            if (!option) return;
            const unitId = Number(option.key);
            setUnitIds((before) => (option.selected ? before.concat([unitId]) : before.filter((other) => other !== unitId)));
          }}
          data-field="units"
        />
      </div>
      {shown.recipients && (
        <div role="alert" data-field-error="recipients" style={{ fontSize: 12 }}>
          {fieldErrorText(shown.recipients === 'required' ? 'recipientsRequired' : shown.recipients)}
        </div>
      )}
      <TextField
        label={strings.ConsultationDeadlineLabel}
        required
        type="date"
        value={deadline}
        errorMessage={fieldErrorText(shown.deadline)}
        onChange={(_, value) => setDeadline(value || '')}
        styles={{ root: { maxWidth: 260 } }}
        data-field="deadline"
      />
      <LimitedTextField
        label={strings.ConsultationMessageLabel}
        multiline
        rows={3}
        value={message}
        limit={DOCUMENT_LIMITS.consultationMessage}
        errorMessage={shown.message === 'tooLong' || shown.message === 'required' ? undefined : fieldErrorText(shown.message)}
        onChange={setMessage}
        data-field="message"
      />
    </ActionForm>
  );
}

/** "Chef, Akutmottagningen": why the person is someone the site knows. */
function describePerson(person: IPerson, units: readonly IOrganisationUnit[]): string | undefined {
  const same = (other: IPerson | undefined): boolean => !!other && other.id === person.id;
  const managed = units.filter((unit) => same(unit.manager))[0];
  if (managed) return format(strings.PersonManagerOf, managed.title);
  const coordinated = units.filter((unit) => same(unit.securityCoordinator))[0];
  if (coordinated) return format(strings.PersonCoordinatorOf, coordinated.title);
  return person.email;
}
