import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { fetchOutbox, IOutboxMail, mailText } from '../emulatorApi';
import { IWorkbenchStrings } from '../loc';
import { WorkbenchLocale } from '../pageConfig';

export interface IOutboxPanelProps {
  readonly strings: IWorkbenchStrings;
  readonly locale: WorkbenchLocale;
  readonly isOpen: boolean;
  readonly onDismiss: () => void;
}

const classes = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 },
  mail: { border: '1px solid #e1dfdd', borderRadius: 4, padding: 12, background: '#ffffff' },
  meta: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 8, rowGap: 2, margin: '8px 0', fontSize: 12, color: '#605e5c' },
  body: { whiteSpace: 'pre-wrap', margin: 0, fontSize: 13, lineHeight: '18px', color: '#323130', fontFamily: 'inherit' },
  toolbar: { display: 'flex', justifyContent: 'flex-end', marginBottom: 12 }
});

function recipient(value: IOutboxMail['from']): string {
  return value.name ? `${value.name} <${value.address}>` : value.address;
}

/** The mail Trygg sent through Graph's /me/sendMail, as the emulator recorded it (newest first). */
export function OutboxPanel(props: IOutboxPanelProps): React.ReactElement {
  const [mails, setMails] = React.useState<IOutboxMail[] | undefined>(undefined);
  const [failed, setFailed] = React.useState(false);

  const load = React.useCallback(() => {
    setFailed(false);
    fetchOutbox()
      .then((loaded) => setMails(loaded.slice().reverse()))
      .catch(() => setFailed(true));
  }, []);

  React.useEffect(() => {
    if (props.isOpen) load();
  }, [props.isOpen, load]);

  const dateFormat = new Intl.DateTimeFormat(props.locale, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Panel
      isOpen={props.isOpen}
      type={PanelType.medium}
      headerText={props.strings.outbox}
      closeButtonAriaLabel={props.strings.close}
      onDismiss={props.onDismiss}
      isLightDismiss
    >
      <div className={classes.toolbar}>
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text={props.strings.refresh} onClick={load} />
      </div>
      {failed && <MessageBar messageBarType={MessageBarType.error}>{props.strings.loadFailed}</MessageBar>}
      {!failed && !mails && <Spinner />}
      {mails && mails.length === 0 && <Text>{props.strings.outboxEmpty}</Text>}
      {mails && mails.length > 0 && (
        <ul className={classes.list} data-testid="outbox-list">
          {mails.map((mail) => (
            <li key={mail.id} className={classes.mail} data-testid="outbox-mail">
              <Text variant="mediumPlus" block styles={{ root: { fontWeight: 600 } }}>
                {mail.subject}
              </Text>
              <div className={classes.meta}>
                <span>{props.strings.outboxFrom}</span>
                <span>{recipient(mail.from)}</span>
                <span>{props.strings.outboxTo}</span>
                <span>{mail.to.map(recipient).join(', ')}</span>
                <span>{props.strings.outboxSent}</span>
                <span>{dateFormat.format(new Date(mail.sentAt))}</span>
              </div>
              <pre className={classes.body}>{mailText(mail)}</pre>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
