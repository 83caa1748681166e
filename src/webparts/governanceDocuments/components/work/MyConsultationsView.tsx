import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { ITryggServices } from '../../../../services/ITryggServices';
import { AsyncData } from '../../../../components/useAsyncData';
import { format } from '../../../../common/format';
import { IDocumentsContext, IMyWork } from '../documentsContext';
import { RoundCard } from '../RoundCard';
import { WorkList } from './WorkList';

export interface IMyConsultationsViewProps {
  services: ITryggServices;
  context: IDocumentsContext;
  work: AsyncData<IMyWork | undefined>;
  onChanged: () => void;
}

/**
 * Remisser till mig: the rounds I am asked to answer, open ones first; each with the draft's copy to
 * read and my comments, which I add while the round is open (after its last day too, marked late).
 */
export function MyConsultationsView(props: IMyConsultationsViewProps): React.ReactElement {
  const { services, context } = props;
  return (
    <div data-view="consultations">
      <WorkList
        work={props.work}
        items={(work) => work.consultations}
        intro={strings.ConsultationsIntro}
        empty={strings.ConsultationsEmpty}
        count={(count) => format(strings.ConsultationsCount, count)}
        onRetry={props.onChanged}
      >
        {(rounds) => (
          <Stack tokens={{ childrenGap: 12 }}>
            {rounds.map((round) => (
              <RoundCard key={round.id} documents={services.documents} round={round} units={context.units} role="recipient" level={3} onChanged={props.onChanged} />
            ))}
          </Stack>
        )}
      </WorkList>
    </div>
  );
}
