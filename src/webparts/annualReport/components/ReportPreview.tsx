import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'AnnualReportWebPartStrings';
import { format } from '../../../common/format';
import { ANNUAL_REPORT_SECTIONS, IAnnualReport, Section } from '../../../domain/pdsa/annualReport';
import { keyFigures } from '../export/reportDocument';
import { reportLabels } from '../labels';

/** The report's key figures, and every section it cannot include with the reason, before anyone downloads it. */
export function ReportPreview(props: { report: IAnnualReport }): React.ReactElement {
  const { report } = props;
  const figures = keyFigures(report, reportLabels());
  const missing = ANNUAL_REPORT_SECTIONS.filter((key) => (report[key] as Section<unknown>).kind === 'unavailable');
  const scope = report.unit ? report.unit.title : strings.WholeRegion;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-trygg="annual-report-preview">
      <Text as="h3" variant="large" block styles={{ root: { margin: 0 } }}>
        {format(strings.PreviewHeading, `${scope}, ${report.year}`)}
      </Text>
      <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 12, margin: 0 }}>
        {figures.map((figure) => (
          <div key={figure.label} style={{ border: '1px solid #c8c6c4', borderRadius: 4, padding: '8px 12px' }}>
            <dt>
              <Text variant="small">{figure.label}</Text>
            </dt>
            <dd style={{ margin: 0 }}>
              <Text variant="xxLarge" data-figure={figure.label}>
                {figure.value.toLocaleString(strings.Locale)}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
      {missing.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 20 }} data-trygg="annual-report-missing">
          {missing.map((key) => {
            const section = report[key] as Section<unknown>;
            return (
              <li key={key}>
                <Text>
                  {strings.Sections[key]}: {section.kind === 'unavailable' ? strings.Unavailable[section.reason] : ''}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </Stack>
  );
}
