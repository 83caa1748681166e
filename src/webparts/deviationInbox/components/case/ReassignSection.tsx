import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDirectory, IDirectoryUser } from '../../../../domain/directory';
import { IPerson } from '../../../../domain/organisation';
import { handoverBlockers } from '../../../../domain/deviations/handlers';
import { CASE_TEXT_LIMITS, caseTextError } from '../../../../domain/deviations/limits';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { Section } from '../../../../components/Section';
import { PeoplePicker } from '../../../../components/PeoplePicker';
import { CaseChange } from '../../handling/caseChanges';
import { runDetached } from '../../../../components/runDetached';

export interface IReassignSectionProps {
  directory: IDirectory;
  /** Who reported the case: never offered. */
  reporter: IPerson | undefined;
  /** Addresses of the people who may handle cases (the service refuses anyone else too). */
  loadRecipients: () => Promise<ReadonlySet<string>>;
  busy: boolean;
  onSave: (change: CaseChange) => Promise<boolean>;
}

/** Hand the case to someone else, or up the line to the next manager. */
export function ReassignSection(props: IReassignSectionProps): React.ReactElement {
  const [person, setPerson] = React.useState<IDirectoryUser | undefined>(undefined);
  const [note, setNote] = React.useState('');
  const { reporter, loadRecipients } = props;
  // Read when someone searches (once per page): a failed read suggests nobody rather than anyone.
  const eligible = React.useCallback(
    async (found: IDirectoryUser[]) => {
      const recipients = await loadRecipients();
      return found.filter((user) => handoverBlockers(user, { reporter }, recipients).length === 0);
    },
    [loadRecipients, reporter]
  );

  // No reset after saving: a saved handover is a new version of the case, and the case view mounts
  // this section afresh per version (or not at all, once the case is someone else's).
  const reassign = async (): Promise<void> => {
    if (!person) return;
    await props.onSave({ kind: 'reassign', to: person, note: note.trim() || undefined });
  };

  return (
    <Section id="trygg-case-reassign" heading={strings.ReassignHeading}>
      <Stack tokens={{ childrenGap: 8 }}>
        <PeoplePicker id="trygg-reassign-to" label={strings.ReassignToLabel} directory={props.directory} selected={person} onChange={setPerson} eligible={eligible} />
        <LimitedTextField label={strings.ReassignNoteLabel} value={note} limit={CASE_TEXT_LIMITS.handoverNote} onChange={setNote} />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.Reassign} disabled={props.busy || !person || caseTextError('handoverNote', note, false) !== undefined} onClick={() => runDetached(reassign())} />
          <DefaultButton text={strings.Escalate} disabled={props.busy} onClick={() => runDetached(props.onSave({ kind: 'escalate' }))} />
        </Stack>
        <Text variant="small" block>
          {strings.EscalateHint}
        </Text>
      </Stack>
    </Section>
  );
}
