import * as React from 'react';
import * as strings from 'DeviationInboxWebPartStrings';
import { IConflictRow } from '../../handling/conflictFields';
import { format } from '../../../../common/format';
import { ConflictPanel } from '../../../../components/ConflictPanel';

export interface IConflictViewProps {
  /** What was being saved, in words ("Klassningen"). */
  changeName: string;
  /** Who saved the stored version, when the history tells. */
  savedBy?: string;
  rows: readonly IConflictRow[];
  busy: boolean;
  /** Start from the stored version and apply my change to it again. */
  onReapply: () => void;
  /** Keep the stored version and drop my change. */
  onDiscard: () => void;
}

/** Someone saved the case while I worked on it: the shared conflict panel in the inbox's words. */
export function ConflictView(props: IConflictViewProps): React.ReactElement {
  return (
    <ConflictPanel
      id="trygg-conflict-heading"
      texts={{
        heading: strings.ConflictHeading,
        caption: strings.ConflictTableCaption,
        field: strings.ConflictField,
        mine: strings.ConflictMine,
        theirs: strings.ConflictTheirs,
        empty: strings.EmptyValue,
        differs: strings.ConflictDiffers
      }}
      intro={`${format(strings.ConflictIntro, props.changeName)}${props.savedBy ? ` ${format(strings.ConflictSavedBy, props.savedBy)}` : ''}`}
      rows={props.rows}
      busy={props.busy}
      primary={{ text: strings.ConflictReapply, onClick: props.onReapply }}
      secondary={{ text: strings.ConflictDiscard, onClick: props.onDiscard }}
    />
  );
}
