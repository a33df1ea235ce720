import { act, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { crisisHelp } from '@kinship/shared/contracts';
import { setLocale } from '@kinship/web/i18n';
import { CrisisDialog } from '../CrisisDialog';

const steps = (dialog: HTMLElement) =>
  [...dialog.querySelectorAll('ol li')].map((li) => li.textContent ?? '');
const show = (kind: 'relapse' | 'using_alone', country = 'US') =>
  render(
    <MemoryRouter>
      <CrisisDialog
        crisis={crisisHelp(kind, country)}
        onClose={() => undefined}
        returnFocusRef={createRef<HTMLElement>()}
      />
    </MemoryRouter>,
  );

afterEach(async () => {
  await act(() => setLocale('en'));
});

describe('crisis dialog for relapse risk and using alone', () => {
  it('meets relapse risk warmly: people first, no emergency styling or number', () => {
    show('relapse');
    const dialog = screen.getByRole('dialog');
    expect(dialog.outerHTML).not.toContain('alert--error');
    expect(dialog.textContent).toMatch(/do not have to face it alone/);
    expect(steps(dialog)[0]).toMatch(/sponsor/);
    expect(dialog.textContent).not.toMatch(/911/);
  });

  it('offers Never Use Alone in the US, in Spanish, and the National Overdose Response Service in Canada', async () => {
    await act(() => setLocale('es'));
    const { unmount } = show('using_alone');
    const us = screen.getByRole('dialog');
    expect(steps(us)[0]).toBe(
      'Si vas a consumir, no lo hagas solo: llama a Never Use Alone al 1-800-484-3731. Alguien se queda en la línea y envía ayuda adonde estés si dejas de responder.',
    );
    expect(steps(us)[1]).toMatch(/naloxona/);
    unmount();
    await act(() => setLocale('en'));
    show('using_alone', 'CA');
    expect(steps(screen.getByRole('dialog'))[0]).toContain(
      'National Overdose Response Service at 1-888-688-6677',
    );
  });

  it("fills in the member's country in Spanish: 999 for an overdose in the UK", async () => {
    await act(() => setLocale('es'));
    render(
      <MemoryRouter>
        <CrisisDialog
          crisis={crisisHelp('overdose', 'GB')}
          onClose={() => undefined}
          returnFocusRef={createRef<HTMLElement>()}
        />
      </MemoryRouter>,
    );
    const shown = steps(screen.getByRole('dialog'));
    expect(shown[0]).toBe('Llama al 999 ahora. Di que la persona no respira o no despierta.');
    expect(shown.join(' ')).not.toMatch(/911/);
    expect(shown[1]).toMatch(/naloxona/);
  });
});
