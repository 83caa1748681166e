import * as React from 'react';
import { render, screen } from '@testing-library/react';
import SecurityOverview from '../../src/webparts/securityOverview/components/SecurityOverview';

describe('SecurityOverview in English', () => {
  it('shows the areas and phases with the English strings', () => {
    const { container } = render(<SecurityOverview />);
    expect(screen.getByRole('heading', { level: 2, name: 'Security management system' })).toBeTruthy();
    expect(container.textContent).toContain('Threats and violence');
    const phases = Array.from(container.querySelectorAll('[data-phase]')).map((el) => el.firstChild!.textContent);
    expect(phases).toEqual(['1. Plan', '2. Do', '3. Study', '4. Act']);
  });
});
