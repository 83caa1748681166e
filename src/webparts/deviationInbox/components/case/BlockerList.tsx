import * as React from 'react';
import { TransitionBlocker } from '../../../../domain/deviations/workflow';
import { BlockerList as ReasonList } from '../../../../components/BlockerList';
import { blockerText } from '../../handling/blockerText';

export interface IBlockerListProps {
  id: string;
  blockers: readonly TransitionBlocker[];
  openActionCount: number;
}

/** A case's step blockers in words, in the shared list. */
export function BlockerList(props: IBlockerListProps): React.ReactElement {
  return <ReasonList id={props.id} reasons={props.blockers.map((blocker) => ({ key: blocker, text: blockerText(blocker, props.openActionCount) }))} />;
}
