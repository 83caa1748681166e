import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { runDetached } from '../../../../components/runDetached';
import { BlockerList } from '../../../../components/BlockerList';
import { blockerText } from '../blockerText';

export interface IActionFormProps {
  /** Unique on the page; the heading's id is `${id}-heading`. */
  id: string;
  heading: string;
  intro?: string;
  submitText: string;
  busy: boolean;
  /** The function's reasons for refusing that belong to no field. */
  refused?: readonly string[];
  failure?: unknown;
  onDismissFailure?: () => void;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  children?: React.ReactNode;
}

/**
 * One step's form under the document's action buttons: its heading takes focus when it opens, so a
 * keyboard or screen reader user lands in it; Avbryt closes it and nothing is sent.
 */
export function ActionForm(props: IActionFormProps): React.ReactElement {
  const theme = useTheme();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (heading.current) heading.current.focus();
  }, []);
  const headingId = `${props.id}-heading`;
  const refused = props.refused || [];
  return (
    <form
      aria-labelledby={headingId}
      noValidate
      data-action-form={props.id}
      onSubmit={(event) => {
        event.preventDefault();
        runDetached(props.onSubmit());
      }}
      style={{ padding: 12, borderRadius: 4, border: `1px solid ${theme.semanticColors.inputBorder}`, background: theme.semanticColors.bodyStandoutBackground }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <h4 id={headingId} ref={heading} tabIndex={-1} style={{ margin: 0, outline: 'none' }}>
          <Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>
            {props.heading}
          </Text>
        </h4>
        {props.intro && <Text block>{props.intro}</Text>}
        {props.children}
        {refused.length > 0 && (
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
            {strings.Refused}
            <BlockerList id={`${props.id}-refused`} reasons={refused.map((key) => ({ key, text: blockerText(key) }))} />
          </MessageBar>
        )}
        {props.failure !== undefined && <ErrorMessageBar error={props.failure} onDismiss={props.onDismissFailure} />}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={props.submitText} disabled={props.busy} />
          <DefaultButton text={strings.Cancel} disabled={props.busy} onClick={props.onCancel} />
        </Stack>
      </Stack>
    </form>
  );
}
