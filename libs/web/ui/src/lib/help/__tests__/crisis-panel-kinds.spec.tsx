import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { crisisHelp } from '@kinship/shared/contracts';
import { setLocale } from '@kinship/web/i18n';
import { CrisisPanel } from '../CrisisPanel';

const steps = (panel: HTMLElement) => [...panel.querySelectorAll('ol li')].map((li) => li.textContent ?? '');
const show = (kind: 'relapse' | 'using_alone', country = 'US') =>
  render(
    <MemoryRouter>
      <CrisisPanel crisis={crisisHelp(kind, country)} onClose={() => undefined} />
    </MemoryRouter>,
  );

afterEach(async () => {
  await act(() => setLocale('en'));
});

describe('crisis panel for relapse risk and using alone', () => {
  it('meets relapse risk warmly: people first, no emergency styling or number', () => {
    show('relapse');
    const panel = screen.getByRole('alert', { name: 'You are not alone. Help is here right now.' });
    expect(panel.className).not.toContain('alert--error');
    expect(panel.textContent).toContain('you don’t have to face it alone');
    expect(steps(panel)[0]).toMatch(/sponsor/);
    expect(panel.textContent).not.toMatch(/911/);
  });

  it('offers Never Use Alone in the US, in Spanish, and the National Overdose Response Service in Canada', async () => {
    await act(() => setLocale('es'));
    const { unmount } = show('using_alone');
    const us = screen.getByRole('alert', { name: 'No estás solo. Hay ayuda ahora mismo.' });
    expect(steps(us)[0]).toBe(
      'Si vas a consumir, no lo hagas solo: llama a Never Use Alone al 1-800-484-3731. Alguien se queda en la línea y envía ayuda adonde estés si dejas de responder.',
    );
    expect(steps(us)[1]).toMatch(/naloxona/);
    unmount();
    await act(() => setLocale('en'));
    show('using_alone', 'CA');
    const ca = screen.getByRole('alert');
    expect(steps(ca)[0]).toContain('National Overdose Response Service at 1-888-688-6677');
  });
});
