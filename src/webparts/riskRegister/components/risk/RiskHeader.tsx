import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { levelOf } from '../../../../domain/risks/matrix';
import { reviewDue } from '../../../../domain/risks/review';
import { IRisk, IRiskMatrix } from '../../../../domain/risks/types';
import { OverdueMarker } from '../../../../components/OverdueMarker';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { areaLabel, statusLabel } from '../../labels';
import { LevelBadge } from '../LevelBadge';

export interface IRiskHeaderProps {
  risk: IRisk | undefined;
  /** The matrix the risk was assessed with. */
  assessedWith: IRiskMatrix;
  now: Date;
  onBack: () => void;
}

/** Back to the register, then the risk's number, title and where it stands. */
export function RiskHeader(props: IRiskHeaderProps): React.ReactElement {
  const { risk } = props;
  const level = risk && risk.current ? levelOf(props.assessedWith, risk.current) : undefined;
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <ActionButton iconProps={{ iconName: 'Back' }} text={strings.BackToRegister} onClick={props.onBack} styles={{ root: { alignSelf: 'flex-start', paddingLeft: 0 } }} />
      <Text as="h2" variant="xLarge" block styles={{ root: { margin: 0, overflowWrap: 'anywhere' } }}>
        {risk ? `${risk.riskNumber} · ${risk.title}` : strings.NewRiskHeading}
      </Text>
      {risk && (
        <Text block data-risk-summary>
          {[risk.unit.title, areaLabel(risk.area), format(strings.StatusIs, statusLabel(risk.status))].join(' · ')} · <LevelBadge level={level} empty={strings.NotAssessed} />
          {risk.nextReviewAt && ` · ${format(strings.NextReviewOn, formatDate(risk.nextReviewAt))} `}
          <OverdueMarker kind={reviewDue(risk, props.now) ? 'action' : undefined} />
        </Text>
      )}
    </Stack>
  );
}
