import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { MessageBarButton } from '@fluentui/react/lib/Button';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import * as strings from 'TryggComponentStrings';
import { format } from '../../common/format';
import type { SiteSchemaStatus } from '../../services/provisioning/siteSchemaStatus';
import { SiteSetupContext } from './SiteSetupContext';

export interface ISiteSetupNoticeProps {
  /** What to show while the site is checked, and when the site turns out to be set up. */
  readonly fallback: React.ReactElement;
}

type SetupRun = { readonly kind: 'idle' } | { readonly kind: 'running'; readonly steps: number } | { readonly kind: 'done'; readonly version: number; readonly groupsCreated: readonly string[] } | { readonly kind: 'failed'; readonly message: string };

/** The line that says where the site stands; undefined when it is set up (the read failed for another reason). */
function statusText(status: SiteSchemaStatus): string | undefined {
  switch (status.kind) {
    case 'missing':
      return strings.SetupMissing;
    case 'behind':
      return format(strings.SetupBehind, status.siteVersion, status.codeVersion);
    case 'ahead':
      return format(strings.SetupAhead, status.siteVersion, status.codeVersion);
    default:
      return undefined;
  }
}

/**
 * Shown in place of an error bar when a read failed as a missing list or field would: asks once
 * where the site stands and, on a site without Trygg or with an older schema, says so. A site owner
 * is offered to set it up from here; anyone else is told to ask the owner.
 */
export function SiteSetupNotice(props: ISiteSetupNoticeProps): React.ReactElement {
  const setup = React.useContext(SiteSetupContext);
  const [status, setStatus] = React.useState<SiteSchemaStatus | undefined>(undefined);
  const [run, setRun] = React.useState<SetupRun>({ kind: 'idle' });

  React.useEffect(() => {
    let live = true;
    if (setup) {
      setup.status().then(
        (answer) => live && setStatus(answer),
        // The check failing too says nothing new: the error bar stands.
        () => undefined
      );
    }
    return () => {
      live = false;
    };
  }, [setup]);

  const text = status ? statusText(status) : undefined;
  if (!setup || !status || !text) return props.fallback;

  const mayRunSetup = (status.kind === 'missing' || status.kind === 'behind') && status.canProvision;
  const runSetup = (): void => {
    let steps = 0;
    setRun({ kind: 'running', steps });
    setup.setUp(() => setRun({ kind: 'running', steps: ++steps })).then(
      (report) => setRun({ kind: 'done', version: report.toVersion, groupsCreated: report.steps.filter((step) => step.action === 'createdGroup').map((step) => step.field || '') }),
      (error: unknown) => setRun({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    );
  };

  if (run.kind === 'done') {
    return (
      <MessageBar messageBarType={MessageBarType.success} isMultiline actions={<MessageBarButton onClick={() => window.location.reload()}>{strings.SetupReload}</MessageBarButton>}>
        {format(strings.SetupDone, run.version)}
        {run.groupsCreated.length > 0 && ` ${format(strings.SetupGroupsCreated, run.groupsCreated.join(', '))}`}
      </MessageBar>
    );
  }
  const action =
    mayRunSetup && run.kind !== 'running' ? (
      <MessageBarButton onClick={runSetup}>{status.kind === 'missing' ? strings.SetupCreate : strings.SetupUpgrade}</MessageBarButton>
    ) : undefined;
  return (
    <div data-site-setup={status.kind}>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={action}>
        {text} {status.kind === 'ahead' ? '' : mayRunSetup ? strings.SetupOffer : strings.SetupAskOwner}
      </MessageBar>
      {run.kind === 'running' && <ProgressIndicator label={strings.SetupRunningLabel} description={format(strings.SetupRunning, run.steps)} />}
      {run.kind === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {format(strings.SetupFailed, run.message)}
        </MessageBar>
      )}
    </div>
  );
}
