import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUICIDE_STEPS, type CrisisSupport } from '@kinship/shared/contracts';
import { setLocale } from '@kinship/web/i18n';
import { CrisisPanel } from '../CrisisPanel';

const suicide: CrisisSupport = {
  kind: 'suicide',
  lines: [
    { id: '988', name: '988 Suicide & Crisis Lifeline', call: '988', text: '988' },
    { id: 'emergency', name: 'Emergency', call: '911' },
  ],
  steps: [...SUICIDE_STEPS],
};
const overdose: CrisisSupport = {
  kind: 'overdose',
  lines: [{ id: 'emergency', name: 'Emergency', call: '911' }],
  steps: [],
};

const steps = (panel: HTMLElement) => [...panel.querySelectorAll('ol li')].map((li) => li.textContent);

afterEach(async () => {
  await act(() => setLocale('en'));
});

describe('crisis panel', () => {
  it('is an alert named by its title, with call and text links, the steps in order, and a close button', () => {
    const onClose = vi.fn();
    render(
      <MemoryRouter>
        <CrisisPanel crisis={suicide} onClose={onClose} />
      </MemoryRouter>,
    );
    const panel = screen.getByRole('alert', { name: 'You are not alone. Help is here right now.' });
    const links = within(panel)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Call 911', 'tel:911'],
      ['More help lines', '/help'],
    ]);
    expect(steps(panel)).toEqual(SUICIDE_STEPS);
    expect(panel.textContent).toContain('Only you can see this. Nothing was shared outside Kinship.');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows what to do in an overdose, in Spanish, with the feature’s own note', async () => {
    await act(() => setLocale('es'));
    render(
      <MemoryRouter>
        <CrisisPanel crisis={overdose} onClose={() => undefined} note="Los moderadores lo saben." />
      </MemoryRouter>,
    );
    const panel = screen.getByRole('alert', { name: 'No estás solo. Hay ayuda ahora mismo.' });
    expect(steps(panel)).toHaveLength(4);
    expect(steps(panel)[0]).toBe('Llama al 911 ahora. Di que la persona no respira o no despierta.');
    expect(steps(panel)[1]).toMatch(/naloxona/);
    expect(panel.textContent).toContain('Los moderadores lo saben.');
    expect(panel.textContent).not.toContain('Solo tú puedes ver esto.');
  });
});
