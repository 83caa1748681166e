import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as common from 'TryggStrings';
import * as strings from 'PdsaDashboardWebPartStrings';
import { format } from '../../../common/format';
import { formatDate } from '../../../components/dates';
import { PlainText } from '../../../components/PlainText';
import { IPhaseStatus, IRolledUpPhase } from '../../../domain/pdsa/phases';
import { IPdsaComment } from '../../../domain/pdsa/repositories';
import { PDSA_PHASE_KEYS } from '../../../domain/pdsa/vocabulary';
import { evidenceText } from '../evidenceText';
import { PhaseStateBadge, StateBadge, useEvidenceColours } from './PhaseStateBadge';

export interface IPhaseSectionProps {
  status: IPhaseStatus;
  rolledUp: IRolledUpPhase;
  selfAssessmentDraft: boolean;
  comments: readonly IPdsaComment[];
  /** The comment form, for those who may comment. */
  commentForm?: React.ReactNode;
  /** The units directly below that are not done in this phase, to drill down to. */
  childrenNotDone: readonly { readonly id: number; readonly title: string }[];
  onOpen: (unitId: number) => void;
}

// Evidence and comments side by side; one above the other on a narrow screen or a Teams tab.
const columns = mergeStyles({
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
  gap: 16,
  selectors: { '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' } }
});

/** One phase of a unit's cycle: its state and the evidence in words, the unit's comments beside it. */
export function PhaseSection(props: IPhaseSectionProps): React.ReactElement {
  const theme = useTheme();
  const colours = useEvidenceColours();
  const { status, rolledUp } = props;
  // A unit with units below shows the state rolled up from them, its own evidence listed below.
  const children = rolledUp.children.done + rolledUp.children.inProgress + rolledUp.children.notStarted;
  const shown = children > 0 ? rolledUp.state : status.state;
  const key = PDSA_PHASE_KEYS[status.phase];
  const headingId = `trygg-pdsa-phase-${key}`;
  return (
    <section
      aria-labelledby={headingId}
      data-cycle-phase={key}
      data-state={shown}
      style={{ padding: 12, borderRadius: 4, border: `1px solid ${theme.semanticColors.bodyDivider}` }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginBottom: 8 }}>
        <Text as="h3" id={headingId} variant="large" styles={{ root: { margin: 0 } }}>
          {common.PdsaPhases[key]}
        </Text>
        <PhaseStateBadge state={shown} />
        {children > 0 && <Text variant="small">{format(strings.ChildrenDone, rolledUp.children.done, children)}</Text>}
        {children > 0 && rolledUp.ownState !== undefined && (
          <Text variant="small" data-own-state={rolledUp.ownState}>
            {format(strings.OwnState, strings.PhaseStates[rolledUp.ownState])}
          </Text>
        )}
      </div>
      {props.childrenNotDone.length > 0 && (
        <div data-children-not-done={key} style={{ marginBottom: 8 }}>
          <Text>{strings.ChildrenNotDone} </Text>
          {props.childrenNotDone.map((child, index) => (
            <React.Fragment key={child.id}>
              {index > 0 && ', '}
              <Link onClick={() => props.onOpen(child.id)}>{child.title}</Link>
            </React.Fragment>
          ))}
        </div>
      )}
      <div className={columns}>
        <div>
          <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '0 0 4px', fontWeight: 600 } }}>
            {strings.EvidenceHeading}
          </Text>
          {children > 0 && rolledUp.ownState === undefined && <Text block>{strings.NoOwnEvidence}</Text>}
          <ul hidden={children > 0 && rolledUp.ownState === undefined} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {status.evidence.map((item) => (
              <li key={item.key} data-evidence={item.key} data-evidence-state={item.state} style={{ display: 'flex', gap: 8, alignItems: 'baseline', padding: '3px 0' }}>
                <StateBadge label={strings.EvidenceStates[item.state]} colour={colours[item.state]} state={item.state} />
                <Text>{evidenceText(item, props.selfAssessmentDraft)}</Text>
              </li>
            ))}
          </ul>
        </div>
        <div data-comments-for={key}>
          <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '0 0 4px', fontWeight: 600 } }}>
            {strings.CommentsHeading}
          </Text>
          {props.comments.length === 0 && <Text block>{strings.NoComments}</Text>}
          {props.comments.map((comment) => (
            <div key={comment.id} data-comment={comment.id} style={{ borderLeft: `3px solid ${theme.palette.themeLight}`, paddingLeft: 8, marginBottom: 8 }}>
              <PlainText text={comment.comment} />
              <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
                {format(strings.CommentBy, comment.author ? comment.author.displayName : '', formatDate(comment.created))}
              </Text>
            </div>
          ))}
          {props.commentForm}
        </div>
      </div>
    </section>
  );
}
