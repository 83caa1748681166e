import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'PdsaDashboardWebPartStrings';
import { format } from '../../../common/format';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { useAsyncData } from '../../../components/useAsyncData';
import { IOrganisationUnit } from '../../../domain/organisation';
import { changeableUnitIds } from '../../../domain/pdsa/unitWork';
import { ITryggServices } from '../../../services/ITryggServices';
import { initiallyExpanded } from '../matrixRows';
import { IPdsaDashboardProps } from './IPdsaDashboardProps';
import { IPdsaFilter, PdsaFilters } from './PdsaFilters';
import { PdsaMatrix } from './PdsaMatrix';
import { UnitCycle } from './UnitCycle';
import { areaLabel } from '../../../components/areaLabel';

/** Years to choose from: next year (goals set ahead) and the five before it. */
const YEARS_BACK = 4;

type Access = { readonly allowed: false } | { readonly allowed: true; readonly units: readonly IOrganisationUnit[]; readonly expanded: Set<number> };

/**
 * Asks first whether the person may see the dashboard: an employee reads neither risks nor
 * self-assessments, so none of their requests reach those lists.
 */
async function loadAccess(services: ITryggServices): Promise<Access> {
  // Asked together, so both are one request; the units are everyone's to read.
  const [me, units] = await Promise.all([services.currentUser.get(), services.units.getAll()]);
  if (!me.roles.manager && !me.roles.securityFunction) return { allowed: false };
  // A manager's own line opens expanded; the security function starts from the förvaltningar.
  const own = me.roles.securityFunction ? [] : changeableUnitIds({ id: me.id, email: me.email, isSecurityFunction: false, isManager: true }, units);
  return { allowed: true, units, expanded: initiallyExpanded(units, own) };
}

/** The PDSA (PGSA) dashboard: units × phases derived from evidence, and a unit's cycle when opened. */
export default function PdsaDashboard(props: IPdsaDashboardProps): React.ReactElement {
  const { services } = props;
  const heading = props.title || strings.DefaultTitle;
  const thisYear = services.now().getUTCFullYear();
  const years = React.useMemo(() => Array.from({ length: YEARS_BACK + 2 }, (_, i) => thisYear + 1 - i), [thisYear]);
  const [filter, setFilter] = React.useState<IPdsaFilter>({ year: thisYear });
  const [opened, setOpened] = React.useState<number | undefined>(undefined);
  const [expanded, setExpanded] = React.useState<Set<number> | undefined>(undefined);
  const [access, reloadAccess] = useAsyncData(() => loadAccess(services), [services]);
  const allowed = access.state === 'ready' && access.value.allowed;
  const [matrix, reloadMatrix] = useAsyncData(
    () => (allowed ? services.pdsa.matrix(filter.year, filter.area) : Promise.resolve(undefined)),
    [services, allowed, filter.year, filter.area]
  );
  const shownExpanded = expanded || (access.state === 'ready' && access.value.allowed ? access.value.expanded : new Set<number>());

  const toggle = (unitId: number): void => {
    const next = new Set(shownExpanded);
    if (next.has(unitId)) next.delete(unitId);
    else next.add(unitId);
    setExpanded(next);
  };
  const caption = format(strings.MatrixCaption, filter.year, filter.area ? areaLabel(filter.area) : strings.AllAreas);

  return (
    <section data-trygg="pdsa-dashboard" aria-label={heading} style={{ maxWidth: 1200 }}>
      <Stack tokens={{ childrenGap: 12 }}>
        {/* An open unit's own heading takes this level. */}
        {opened === undefined && (
          <Text as="h2" id="trygg-pdsa-title" variant="xLarge" block styles={{ root: { margin: 0 } }}>
            {heading}
          </Text>
        )}
        {access.state === 'loading' && <Spinner label={common.Loading} />}
        {access.state === 'failed' && <ErrorMessageBar error={access.error} onRetry={reloadAccess} />}
        {access.state === 'ready' && !access.value.allowed && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline data-trygg="pdsa-refused">
            {strings.NotForYou}
          </MessageBar>
        )}
        {access.state === 'ready' && access.value.allowed && opened !== undefined && (
          <UnitCycle
            service={services.pdsa}
            unitId={opened}
            year={filter.year}
            area={filter.area}
            units={access.value.units}
            onBack={() => setOpened(undefined)}
            onOpen={setOpened}
          />
        )}
        {allowed && opened === undefined && (
          <>
            <Text block>{strings.Intro}</Text>
            <PdsaFilters filter={filter} years={years} onChange={setFilter} />
            {matrix.state === 'loading' && <Spinner label={common.Loading} />}
            {matrix.state === 'failed' && <ErrorMessageBar error={matrix.error} onRetry={reloadMatrix} />}
            {matrix.state === 'ready' && matrix.value && (
              <PdsaMatrix matrix={matrix.value} caption={caption} expanded={shownExpanded} onToggle={toggle} onOpen={setOpened} />
            )}
          </>
        )}
      </Stack>
    </section>
  );
}
