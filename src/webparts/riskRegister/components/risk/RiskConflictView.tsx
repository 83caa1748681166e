import * as React from 'react';
import * as strings from 'RiskRegisterWebPartStrings';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { ConflictPanel } from '../../../../components/ConflictPanel';
import { IRiskConflictRow } from '../../riskConflictRows';

export interface IRiskConflictViewProps {
  rows: readonly IRiskConflictRow[];
  /** When the stored version was saved. */
  savedAt: string;
  busy: boolean;
  /** Save my version over the stored one (against its new ETag). */
  onKeepMine: () => void;
  /** Drop my changes and show the stored version. */
  onTakeTheirs: () => void;
}

/** Someone saved the risk while I edited it: the shared conflict panel in the register's words. */
export function RiskConflictView(props: IRiskConflictViewProps): React.ReactElement {
  return (
    <ConflictPanel
      id="trygg-risk-conflict-heading"
      texts={{
        heading: strings.ConflictHeading,
        caption: strings.ConflictCaption,
        field: strings.ConflictField,
        mine: strings.ConflictMine,
        theirs: strings.ConflictTheirs,
        empty: strings.EmptyValue
      }}
      intro={format(strings.ConflictIntro, formatDateTime(props.savedAt))}
      rows={props.rows}
      busy={props.busy}
      primary={{ text: strings.ConflictKeepMine, onClick: props.onKeepMine }}
      secondary={{ text: strings.ConflictTakeTheirs, onClick: props.onTakeTheirs }}
    />
  );
}
