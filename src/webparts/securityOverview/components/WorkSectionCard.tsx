import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityOverviewWebPartStrings';
import { Section } from '../../../components/Section';
import { formatDate } from '../../../components/dates';
import { format } from '../../../common/format';
import { IWorkItem, IWorkSection } from '../../../domain/home/myWork';
import { IHomeLinks } from '../homeLinks';

/** Items shown before "Show all": the most urgent, so a long list still fits a phone's screen. */
const FIRST_ITEMS = 5;

/** When the item is due, in words: the colour of an overdue one only repeats them. */
export function dueText(item: IWorkItem): string {
  const day = formatDate(item.day);
  if (item.kind === 'documentConfirmation') return day ? format(strings.InForceSince, day) : '';
  if (item.kind === 'goalMeasurement') return (item.missing || 0) > 1 ? format(strings.MeasurementsMissing, item.missing || 0, day) : format(strings.MeasurementMissing, day);
  if (!day) return '';
  if (item.urgency === 'overdue') return format(strings.OverdueSince, day);
  return item.daysLeft === 0 ? strings.DueToday : format(strings.DueOn, day);
}

function WorkRow(props: { item: IWorkItem; links: IHomeLinks }): React.ReactElement {
  const theme = useTheme();
  const { item } = props;
  const overdue = item.urgency === 'overdue';
  const details = [strings.Kinds[item.kind], item.reference, dueText(item)].filter((part) => !!part).join(' · ');
  return (
    <li
      data-work-item={item.kind}
      data-urgency={item.urgency}
      style={{ padding: '8px 0 8px 10px', borderLeft: `4px solid ${overdue ? theme.semanticColors.errorIcon : theme.semanticColors.bodyDivider}` }}
    >
      <Link href={props.links.to(item.target)} styles={{ root: { fontWeight: 600, overflowWrap: 'anywhere' } }}>
        {item.title || item.reference}
      </Link>
      <Text variant="small" block styles={{ root: { color: overdue ? theme.semanticColors.errorText : theme.semanticColors.bodySubtext } }}>
        {overdue && <span aria-hidden="true">⚠ </span>}
        {details}
      </Text>
    </li>
  );
}

/** One kind of work with its count, the most urgent first (domain/home/myWork.ts). */
export function WorkSectionCard(props: { section: IWorkSection; links: IHomeLinks }): React.ReactElement {
  const { section } = props;
  const [all, setAll] = React.useState(false);
  const shown = all ? section.items : section.items.slice(0, FIRST_ITEMS);
  return (
    <Section id={`trygg-work-${section.key}`} heading={format(strings.SectionHeading, strings.Sections[section.key], section.items.length)}>
      <ul data-work-section={section.key} data-count={section.items.length} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }}>
        {shown.map((item) => (
          <WorkRow key={item.key} item={item} links={props.links} />
        ))}
      </ul>
      {!all && section.items.length > FIRST_ITEMS && (
        <ActionButton iconProps={{ iconName: 'ChevronDown' }} onClick={() => setAll(true)}>
          {format(strings.MoreItems, section.items.length)}
        </ActionButton>
      )}
    </Section>
  );
}
