import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityOverviewWebPartStrings';
import * as common from 'TryggStrings';
import { ISecurityOverviewProps } from './ISecurityOverviewProps';
import { SECURITY_AREAS, SECURITY_AREA_KEYS } from '../../../domain/securityAreas';
import { PDSA_PHASES, PDSA_PHASE_KEYS } from '../../../domain/pdsa';

export default function SecurityOverview(props: ISecurityOverviewProps): React.ReactElement {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        root: { color: theme.semanticColors.bodyText },
        grid: {
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
          gap: 12,
          margin: 0,
          padding: 0,
          listStyle: 'none'
        },
        card: {
          padding: 12,
          borderRadius: 4,
          border: `1px solid ${theme.semanticColors.bodyDivider}`,
          background: theme.semanticColors.bodyBackground
        },
        phase: {
          flex: '1 1 160px',
          padding: 12,
          borderRadius: 4,
          borderTop: `4px solid ${theme.palette.themePrimary}`,
          background: theme.semanticColors.bodyStandoutBackground
        },
        list: { margin: 0, paddingLeft: 20 }
      }),
    [theme]
  );

  return (
    <section className={classes.root} aria-labelledby="trygg-overview-title">
      <Stack tokens={{ childrenGap: 16 }}>
        <Text as="h2" id="trygg-overview-title" variant="xLarge" block>
          {props.title || strings.DefaultTitle}
        </Text>
        <Text block>{strings.Intro}</Text>

        <Text as="h3" variant="large" block>
          {strings.AreasHeading}
        </Text>
        <ul className={classes.grid}>
          {SECURITY_AREAS.map((area) => {
            const key = SECURITY_AREA_KEYS[area];
            return (
              <li key={key} className={classes.card} data-area={key}>
                <Text as="h4" variant="mediumPlus" block styles={{ root: { fontWeight: 600, margin: 0 } }}>
                  {common.Areas[key]}
                </Text>
                <Text variant="small" block>
                  {common.AreaDescriptions[key]}
                </Text>
              </li>
            );
          })}
        </ul>

        <Text as="h3" variant="large" block>
          {strings.PdsaHeading}
        </Text>
        <Text block>{strings.PdsaIntro}</Text>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }} as="ol" styles={{ root: { margin: 0, padding: 0, listStyle: 'none' } }}>
          {PDSA_PHASES.map((phase, index) => {
            const key = PDSA_PHASE_KEYS[phase];
            return (
              <li key={key} className={classes.phase} data-phase={key}>
                <Text variant="mediumPlus" block styles={{ root: { fontWeight: 600 } }}>
                  {`${index + 1}. ${common.PdsaPhases[key]}`}
                </Text>
                <Text variant="small" block>
                  {common.PdsaPhaseDescriptions[key]}
                </Text>
              </li>
            );
          })}
        </Stack>

        <Text as="h3" variant="large" block>
          {strings.PrinciplesHeading}
        </Text>
        <ul className={classes.list}>
          {strings.Principles.map((principle) => (
            <li key={principle}>
              <Text>{principle}</Text>
            </li>
          ))}
        </ul>
      </Stack>
    </section>
  );
}
