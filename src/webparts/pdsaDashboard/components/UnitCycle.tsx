import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'PdsaDashboardWebPartStrings';
import { format } from '../../../common/format';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { useAsyncData } from '../../../components/useAsyncData';
import { IOrganisationUnit } from '../../../domain/organisation';
import { PDSA_PHASE_KEYS } from '../../../domain/pdsa/vocabulary';
import { SecurityArea } from '../../../domain/securityAreas';
import { IPdsaDashboardService, IUnitCycle } from '../../../services/pdsa/IPdsaServices';
import { CommentForm } from './CommentForm';
import { PhaseSection } from './PhaseSection';
import { areaLabel } from '../../../components/areaLabel';

export interface IUnitCycleProps {
  service: IPdsaDashboardService;
  unitId: number;
  year: number;
  area?: SecurityArea;
  /** Every unit, to name the units below this one. */
  units: readonly IOrganisationUnit[];
  onBack: () => void;
  onOpen: (unitId: number) => void;
}

/** A unit's cycle: each phase with its state, the evidence behind it and the unit's comments beside it. */
export function UnitCycle(props: IUnitCycleProps): React.ReactElement {
  const { service, unitId, year, area } = props;
  const [cycle, reload, replace] = useAsyncData(() => service.cycle(unitId, year, area), [service, unitId, year, area]);

  const titleOf = (id: number): string => (props.units.find((unit) => unit.id === id) || { title: String(id) }).title;

  const body = (value: IUnitCycle | undefined): React.ReactElement => {
    if (!value) return <MessageBar messageBarType={MessageBarType.warning}>{strings.UnitNotFound}</MessageBar>;
    // The phase the unit is in, with the units below it (for a unit without any, its own).
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" id="trygg-pdsa-cycle-title" variant="xLarge" block styles={{ root: { margin: 0 } }}>
          {format(strings.CycleHeading, value.unit.title, value.year)}
        </Text>
        {value.area && <Text block>{format(strings.CycleArea, areaLabel(value.area))}</Text>}
        <Text block data-current-phase={value.rolledUp.currentPhase ? PDSA_PHASE_KEYS[value.rolledUp.currentPhase] : 'none'}>
          {value.rolledUp.currentPhase ? format(strings.CurrentPhase, common.PdsaPhases[PDSA_PHASE_KEYS[value.rolledUp.currentPhase]]) : strings.CycleComplete}
        </Text>
        {!value.mayComment && <Text block>{strings.CommentsOnlyBy}</Text>}
        {value.status.phases.map((phase, index) => (
          <PhaseSection
            key={phase.phase}
            status={phase}
            rolledUp={value.rolledUp.phases[index]}
            selfAssessmentDraft={value.evidence.selfAssessment === 'draft'}
            comments={value.comments.filter((comment) => comment.phase === phase.phase)}
            childrenNotDone={value.rolledUp.phases[index].childrenNotDone.map((id) => ({ id, title: titleOf(id) }))}
            onOpen={props.onOpen}
            commentForm={
              value.mayComment ? (
                <CommentForm
                  service={service}
                  unitId={value.unit.id}
                  year={value.year}
                  phase={phase.phase}
                  id={`trygg-pdsa-comment-${PDSA_PHASE_KEYS[phase.phase]}`}
                  onAdded={(comment) => replace({ ...value, comments: [comment, ...value.comments.filter((other) => other.id !== comment.id)] })}
                />
              ) : undefined
            }
          />
        ))}
      </Stack>
    );
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} data-pdsa-cycle={unitId}>
      <div>
        <ActionButton iconProps={{ iconName: 'Back' }} onClick={props.onBack}>
          {strings.Back}
        </ActionButton>
      </div>
      {cycle.state === 'loading' && <Spinner label={common.Loading} />}
      {cycle.state === 'failed' && <ErrorMessageBar error={cycle.error} onRetry={reload} />}
      {cycle.state === 'ready' && body(cycle.value)}
    </Stack>
  );
}
