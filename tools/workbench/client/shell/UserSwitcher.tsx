import * as React from 'react';
import { Callout, DirectionalHint } from '@fluentui/react/lib/Callout';
import { Persona, PersonaSize } from '@fluentui/react/lib/Persona';
import { Icon } from '@fluentui/react/lib/Icon';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import { IWorkbenchPersona } from '../emulatorApi';
import { IWorkbenchStrings } from '../loc';

export interface IUserSwitcherProps {
  readonly strings: IWorkbenchStrings;
  readonly personas: readonly IWorkbenchPersona[];
  readonly currentUpn: string;
  readonly onSwitch: (userPrincipalName: string) => void;
}

const classes = mergeStyleSets({
  trigger: {
    display: 'flex',
    alignItems: 'center',
    gap: 8,
    height: 48,
    padding: '0 12px',
    border: 'none',
    background: 'transparent',
    color: '#ffffff',
    font: 'inherit',
    cursor: 'pointer',
    selectors: { ':hover': { background: 'rgba(255,255,255,0.12)' }, ':focus-visible': { outline: '2px solid #ffffff', outlineOffset: -2 } }
  },
  name: { color: '#ffffff', fontSize: 13, textAlign: 'left', lineHeight: '16px' },
  role: { color: 'rgba(255,255,255,0.8)', fontSize: 11, display: 'block' },
  callout: { width: 340, maxHeight: 'calc(100vh - 64px)', overflowY: 'auto', padding: '8px 0' },
  heading: { padding: '4px 16px 8px', fontWeight: 600, display: 'block' },
  item: {
    display: 'flex',
    alignItems: 'center',
    width: '100%',
    padding: '6px 16px',
    border: 'none',
    background: 'transparent',
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    selectors: { ':hover': { background: '#f3f2f1' }, ':focus-visible': { outline: '2px solid #0f6cbd', outlineOffset: -2 } }
  },
  itemSelected: { background: '#edebe9' },
  check: { marginLeft: 'auto', color: '#0B5A4A', fontSize: 14 }
});

/** The persona's role in the demo, else the job title from the directory. */
function roleOf(persona: IWorkbenchPersona, strings: IWorkbenchStrings): string {
  return persona.persona ? strings.personaRoles[persona.persona] : persona.details;
}

/** The demo people of Region Exempel: picking one sets the identity cookie and reloads. */
export function UserSwitcher(props: IUserSwitcherProps): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  const [buttonId] = React.useState(() => getId('trygg-user-switcher'));
  const current = props.personas.find((persona) => persona.userPrincipalName === props.currentUpn);
  const currentName = current ? current.displayName : props.currentUpn;
  return (
    <>
      <button
        id={buttonId}
        type="button"
        className={classes.trigger}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`${props.strings.switchUser}: ${props.strings.signedInAs} ${currentName}`}
        data-testid="user-switcher"
        onClick={() => setOpen(!open)}
      >
        <Persona text={currentName} size={PersonaSize.size32} hidePersonaDetails styles={{ root: { width: 32 } }} />
        <span className={classes.name}>
          {currentName}
          {current && <span className={classes.role}>{roleOf(current, props.strings)}</span>}
        </span>
        <Icon iconName="ChevronDown" styles={{ root: { fontSize: 10 } }} />
      </button>
      {open && (
        <Callout
          target={`#${buttonId}`}
          directionalHint={DirectionalHint.bottomRightEdge}
          isBeakVisible={false}
          gapSpace={2}
          onDismiss={() => setOpen(false)}
          setInitialFocus
          role="dialog"
          ariaLabel={props.strings.switchUser}
        >
          <div className={classes.callout} role="menu" aria-label={props.strings.switchUser}>
            <Text variant="small" className={classes.heading}>
              {props.strings.switchUser}
            </Text>
            {props.personas.map((persona) => {
              const selected = persona.userPrincipalName === props.currentUpn;
              return (
                <button
                  key={persona.userPrincipalName}
                  type="button"
                  role="menuitemradio"
                  aria-checked={selected}
                  data-upn={persona.userPrincipalName}
                  className={`${classes.item} ${selected ? classes.itemSelected : ''}`}
                  onClick={() => {
                    setOpen(false);
                    if (!selected) props.onSwitch(persona.userPrincipalName);
                  }}
                >
                  <Persona text={persona.displayName} secondaryText={roleOf(persona, props.strings)} tertiaryText={persona.details} size={PersonaSize.size48} />
                  {selected && <Icon iconName="CheckMark" className={classes.check} />}
                </button>
              );
            })}
          </div>
        </Callout>
      )}
    </>
  );
}
