import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'RiskRegisterWebPartStrings';
import { IRemappedAssessment, IRiskRemap } from '../../../../domain/risks/matrix';
import { ASSESSMENT_KINDS } from '../../../../domain/risks/vocabulary';
import { format } from '../../../../common/format';

export interface IRemapNoticeProps {
  remap: IRiskRemap;
  fromVersion: number;
  toVersion: number;
}

function steps(assessment: IRemappedAssessment['before']): string {
  return `${assessment.likelihood} × ${assessment.consequence}`;
}

/**
 * A risk assessed on an older matrix: what each assessment was and what it becomes on the version
 * in force ("was Hög, now Medel"), so no level changes without the owner seeing it.
 */
export function RemapNotice(props: IRemapNoticeProps): React.ReactElement {
  const theme = useTheme();
  const { remap } = props;
  const cell = { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` } as const;
  return (
    <div data-remap={remap.anyLevelChanged ? 'levelChanged' : 'same'}>
      <MessageBar messageBarType={remap.anyLevelChanged ? MessageBarType.severeWarning : MessageBarType.warning} isMultiline>
        {format(remap.anyLevelChanged ? strings.RemapLevelChanged : strings.RemapSameLevels, props.fromVersion, props.toVersion)}
      </MessageBar>
      <table style={{ borderCollapse: 'collapse', marginTop: 8 }}>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{format(strings.RemapCaption, props.fromVersion, props.toVersion)}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              {strings.RemapAssessment}
            </th>
            <th scope="col" style={cell}>
              {format(strings.RemapOnVersion, props.fromVersion)}
            </th>
            <th scope="col" style={cell}>
              {format(strings.RemapOnVersion, props.toVersion)}
            </th>
            <th scope="col" style={cell}>
              {strings.RemapChange}
            </th>
          </tr>
        </thead>
        <tbody>
          {ASSESSMENT_KINDS.map((kind) => {
            const moved = remap[kind];
            if (!moved) return undefined;
            return (
              <tr key={kind} data-remap-kind={kind}>
                <th scope="row" style={cell}>
                  {strings.AssessmentKinds[kind]}
                </th>
                <td style={cell}>{`${steps(moved.before)} · ${moved.beforeLevel.name}`}</td>
                <td style={cell}>{`${steps(moved.after)} · ${moved.afterLevel.name}`}</td>
                <td style={cell}>
                  {moved.levelChanged ? format(strings.RemapWasNow, moved.beforeLevel.name, moved.afterLevel.name) : format(strings.RemapUnchanged, moved.afterLevel.name)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {remap.unmapped.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline styles={{ root: { marginTop: 8 } }}>
          {format(strings.RemapUnmapped, remap.unmapped.map((kind) => strings.AssessmentKinds[kind]).join(', '))}
        </MessageBar>
      )}
    </div>
  );
}
