import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import SecurityOverview from '../../src/webparts/securityOverview/components/SecurityOverview';
import { TryggRoot } from '../../src/components/TryggRoot';

describe('SecurityOverview', () => {
  it('shows the ten security areas and the four PDSA phases in Swedish', () => {
    const { container } = render(
      <TryggRoot>
        <SecurityOverview />
      </TryggRoot>
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Ledningssystem för säkerhet' })).toBeTruthy();
    const areas = container.querySelectorAll('[data-area]');
    expect(areas).toHaveLength(10);
    expect(within(areas[3] as HTMLElement).getByText('Hot och våld')).toBeTruthy();
    expect(within(areas[9] as HTMLElement).getByText('Yttre miljösäkerhet')).toBeTruthy();
    const phases = Array.from(container.querySelectorAll('[data-phase]')).map((el) => el.firstChild!.textContent);
    expect(phases).toEqual(['1. Planera', '2. Genomföra', '3. Studera', '4. Agera']);
  });

  it('uses the heading from the property pane when one is set', () => {
    render(<SecurityOverview title="Säkerhet på Akutmottagningen" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Säkerhet på Akutmottagningen' })).toBeTruthy();
  });
});
