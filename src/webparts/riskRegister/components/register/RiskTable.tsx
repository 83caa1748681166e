import * as React from 'react';
import { ILink, Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { responsiveTable } from '../../../../components/responsiveTable';
import * as strings from 'RiskRegisterWebPartStrings';
import { IRisk } from '../../../../domain/risks/types';
import { levelOf, scoreOf } from '../../../../domain/risks/matrix';
import { reviewDue } from '../../../../domain/risks/review';
import { OverdueMarker } from '../../../../components/OverdueMarker';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { areaLabel, statusLabel } from '../../labels';
import { IRegisterContext, matrixOf } from '../registerContext';
import { LevelBadge } from '../LevelBadge';

export interface IRiskTableProps {
  risks: readonly IRisk[];
  context: IRegisterContext;
  now: Date;
  caption: string;
  onOpen: (riskNumber: string) => void;
  /** The risk the user came back from: its link takes focus again. */
  focusRiskNumber?: string;
}

/** A real table, so it reads by column for screen readers; on a phone each row becomes a card with labels. */
export function RiskTable(props: IRiskTableProps): React.ReactElement {
  const theme = useTheme();
  const { context, now } = props;
  const focusTarget = React.useRef<ILink>(null);
  React.useEffect(() => {
    if (focusTarget.current) focusTarget.current.focus();
  }, [props.focusRiskNumber]);

  const classes = mergeStyleSets({
    table: responsiveTable(theme, { nowrapHeaders: true }),
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    number: { whiteSpace: 'nowrap' }
  });

  return (
    <table className={classes.table} data-risk-table>
      <caption className={classes.caption}>{props.caption}</caption>
      <thead>
        <tr>
          {strings.Columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.risks.map((risk) => {
          const assessedWith = matrixOf(context, risk.matrixVersion);
          const level = risk.current ? levelOf(assessedWith, risk.current) : undefined;
          const older = risk.matrixVersion !== context.matrix.version;
          const label = (index: number): string => strings.Columns[index];
          return (
            <tr key={risk.id} data-risk={risk.riskNumber}>
              <td data-label={label(0)} className={classes.number}>
                <Link
                  componentRef={risk.riskNumber === props.focusRiskNumber ? focusTarget : undefined}
                  onClick={() => props.onOpen(risk.riskNumber)}
                  aria-label={format(strings.OpenRisk, risk.riskNumber, risk.title)}
                >
                  {risk.riskNumber}
                </Link>
              </td>
              <td data-label={label(1)}>{risk.title}</td>
              <td data-label={label(2)}>{risk.unit.title}</td>
              <td data-label={label(3)}>{areaLabel(risk.area)}</td>
              <td data-label={label(4)}>
                <LevelBadge level={level} empty={strings.NotAssessed} />
                {older && level && <div style={{ fontSize: 12 }}>{format(strings.OnMatrixVersion, risk.matrixVersion)}</div>}
              </td>
              <td data-label={label(5)}>{risk.current ? scoreOf(risk.current) : ''}</td>
              <td data-label={label(6)} data-status={risk.status}>
                {statusLabel(risk.status)}
              </td>
              <td data-label={label(7)}>{risk.owner ? risk.owner.displayName : strings.NoOwner}</td>
              <td data-label={label(8)}>
                {formatDate(risk.nextReviewAt)} <OverdueMarker kind={reviewDue(risk, now) ? 'action' : undefined} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
