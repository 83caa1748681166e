import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { DocumentAction } from '../../../domain/documents/lifecycle';
import { format } from '../../../common/format';
import { BlockerList } from '../../../components/BlockerList';
import { blockerText } from './blockerText';

export interface IStepButtonsProps {
  /** Unique on the page: prefixes the blocker lists' ids. */
  id: string;
  steps: readonly { readonly action: DocumentAction; readonly blockers: readonly string[] }[];
  opened: DocumentAction | undefined;
  onToggle: (action: DocumentAction) => void;
  /** The document's number, when several documents' steps share a page (the queue). */
  documentNumber?: string;
}

/**
 * The steps as a row of buttons, each pressed while its form is open; a blocked one is disabled
 * (and still focusable) and its reasons follow the row, named by the step and tied to the button.
 */
export function StepButtons(props: IStepButtonsProps): React.ReactElement {
  const blocked = props.steps.filter((step) => step.blockers.length > 0);
  const blockersId = (action: DocumentAction): string => `${props.id}-${action}-blockers`;
  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {props.steps.map(({ action, blockers }) => {
          const active = props.opened === action;
          return (
            <span key={action} data-step={action}>
              <DefaultButton
                text={strings.Steps[action]}
                checked={active}
                disabled={blockers.length > 0}
                allowDisabledFocus
                aria-expanded={active}
                aria-describedby={blockers.length > 0 ? blockersId(action) : undefined}
                aria-label={props.documentNumber ? format(strings.StepFor, strings.Steps[action], props.documentNumber) : undefined}
                onClick={() => props.onToggle(action)}
              />
            </span>
          );
        })}
      </div>
      {blocked.map(({ action, blockers }) => (
        <div key={action} data-step-blockers={action} style={{ marginTop: 4 }}>
          <BlockerList id={blockersId(action)} reasons={blockers.map((key) => ({ key, text: format(strings.StepBlocked, strings.Steps[action], blockerText(key)) }))} />
        </div>
      ))}
    </div>
  );
}
